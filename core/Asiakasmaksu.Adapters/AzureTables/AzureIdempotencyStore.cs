using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Application.Idempotency;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// Idempotency keys in an Azure table. A claim is an AddEntity (only one writer wins); the answer
/// replaces it under its ETag. Keys are stored hashed (partition = 2 hex characters, row = the
/// SHA-256), the body in binary properties of up to 60 000 bytes each. A key is kept for
/// <see cref="IdempotencyRetention.Period"/> from its first use (<c>FirstUsedAt</c>); an expired key is
/// claimed anew under its ETag, and <see cref="PurgeExpiredAsync"/> deletes expired keys.
/// </summary>
public sealed class AzureIdempotencyStore(TableClient table) : IIdempotencyStore
{
    private const int Chunk = 60_000;

    /// <inheritdoc/>
    public async Task<IdempotencyClaim> ClaimAsync(string key, string requestHash, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var (pk, rk) = Keys(key);
        var claim = new TableEntity(pk, rk) { ["RequestHash"] = requestHash, ["FirstUsedAt"] = now, ["ClaimedAt"] = now, ["Done"] = false };
        try
        {
            await table.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
            return new IdempotencyClaim.Claimed();
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }

        var existing = await table.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!existing.HasValue || existing.Value is not { } entity)
        {
            return await ClaimAsync(key, requestHash, now, staleAfter, cancellationToken).ConfigureAwait(false);
        }

        if (IdempotencyRetention.IsExpired(FirstUsedAt(entity), now))
        {
            try
            {
                await table.UpdateEntityAsync(claim, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return new IdempotencyClaim.Claimed();
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                return await ClaimAsync(key, requestHash, now, staleAfter, cancellationToken).ConfigureAwait(false);
            }
        }

        if (entity.GetString("RequestHash") != requestHash)
        {
            return new IdempotencyClaim.Mismatch();
        }

        if (entity.GetBoolean("Done") == true)
        {
            var body = new List<byte>();
            for (var i = 0; entity.GetBinary(i == 0 ? "Body" : $"Body{i}") is { } part; i++)
            {
                body.AddRange(part);
            }

            return new IdempotencyClaim.Replay(new StoredResponse(entity.GetInt32("StatusCode") ?? 500, entity.GetString("ContentType") ?? "application/json", [.. body]));
        }

        if (now - (entity.GetDateTimeOffset("ClaimedAt") ?? now) > staleAfter)
        {
            try
            {
                entity["ClaimedAt"] = now;
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return new IdempotencyClaim.Claimed();
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
            }
        }

        return new IdempotencyClaim.InProgress();
    }

    /// <inheritdoc/>
    public async Task CompleteAsync(string key, StoredResponse response, CancellationToken cancellationToken)
    {
        var (pk, rk) = Keys(key);
        var entity = (await table.GetEntityAsync<TableEntity>(pk, rk, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        entity["Done"] = true;
        entity["StatusCode"] = response.StatusCode;
        entity["ContentType"] = response.ContentType;
        for (var i = 0; i * Chunk < response.Body.Length || i == 0; i++)
        {
            entity[i == 0 ? "Body" : $"Body{i}"] = response.Body.AsSpan(i * Chunk, Math.Min(Chunk, response.Body.Length - (i * Chunk))).ToArray();
        }

        await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var (pk, rk) = Keys(key);
        await table.DeleteEntityAsync(pk, rk, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // ClaimedAt is never before FirstUsedAt; it also finds keys stored before FirstUsedAt was kept.
        var through = IdempotencyRetention.ExpiredThrough(now);
        var filter = TableClient.CreateQueryFilter($"FirstUsedAt le {through} or ClaimedAt le {through}");
        var purged = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "FirstUsedAt", "ClaimedAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!IdempotencyRetention.IsExpired(FirstUsedAt(entity), now))
            {
                continue;
            }

            try
            {
                // Under the ETag read: a key claimed anew since then is left alone.
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
                purged++;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
            }
        }

        return purged;
    }

    private static DateTimeOffset FirstUsedAt(TableEntity entity) =>
        entity.GetDateTimeOffset("FirstUsedAt") ?? entity.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;

    private static (string Partition, string Row) Keys(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return (hash[..2], hash);
    }
}
