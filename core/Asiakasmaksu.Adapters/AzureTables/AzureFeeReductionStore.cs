using System.Runtime.CompilerServices;
using System.Text.Json;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Domain.FeeReductions;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// Fee-reduction decisions in an Azure table: partition = the client id (escaped), row = the
/// decision id (escaped), the decision as JSON (<see cref="DomainJson"/>) with its outcome and
/// period as columns. Decisions are never changed: recording the same id again keeps the first.
/// </summary>
public sealed class AzureFeeReductionStore(TableClient table) : IFeeReductionStore
{
    /// <inheritdoc/>
    public async Task<bool> RecordAsync(FeeReductionDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        try
        {
            await table.AddEntityAsync(ToEntity(decision), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<FeeReductionDecision?> GetAsync(string clientId, string decisionId, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(StorageKeys.Escape(clientId), StorageKeys.Escape(decisionId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity.HasValue && entity.Value is { } e ? FromEntity(e) : null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<FeeReductionDecision> ListForClientAsync(string clientId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {StorageKeys.Escape(clientId)}"), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<FeeReductionDecision> ListInForceAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"Outcome ne {nameof(FeeReductionOutcome.Refused)}"), cancellationToken);

    private async IAsyncEnumerable<FeeReductionDecision> QueryAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = new List<FeeReductionDecision>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }

        foreach (var decision in FeeReductionOrder.Sort(list))
        {
            yield return decision;
        }
    }

    private static TableEntity ToEntity(FeeReductionDecision d) => new(StorageKeys.Escape(d.ClientId), StorageKeys.Escape(d.Id))
    {
        ["ClientId"] = d.ClientId,
        ["DecisionId"] = d.Id,
        ["Outcome"] = d.Outcome.ToString(),
        ["From"] = d.Period?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Through"] = d.Period?.Through.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Json"] = JsonSerializer.Serialize(d, DomainJson.Options),
    };

    private static FeeReductionDecision FromEntity(TableEntity e) =>
        JsonSerializer.Deserialize<FeeReductionDecision>(e.GetString("Json")!, DomainJson.Options) ?? throw new InvalidOperationException("A fee-reduction decision was stored as null.");
}
