using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// The staff API's handlers, one method per endpoint, shared by the local host's minimal API and
/// the Functions app's HTTP triggers. Every call is authenticated; every POST needs an
/// Idempotency-Key and is replayed, not repeated, when retried; every error is an RFC 7807
/// problem; nothing a client sends can produce a 500.
/// </summary>
public sealed partial class StaffApiHandlers(StaffApiServices services, ILogger<StaffApiHandlers> logger)
{
    /// <summary>The header that makes a POST idempotent.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The token for a change's work once its Idempotency-Key is claimed: a change that has started
    /// is finished even when the caller goes away, so that its audit record, stored answer and
    /// next-step recomputation are never left half done.
    /// </summary>
    private static CancellationToken Finishing => CancellationToken.None;

    private async Task<IResult> ReadAsync(HttpContext context, Func<Actor, Task<ApiResponse>> handler)
    {
        try
        {
            var caller = services.Authenticator.Authenticate(context);
            return (caller is null ? Problems.Unauthenticated() : await handler(caller).ConfigureAwait(false)).ToResult();
        }
        catch (BadRequest e)
        {
            return Problems.Invalid(e).ToResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFault(logger, context.TraceIdentifier, StorageFault.Describe(e));
            return Problems.ForFault(e, context.TraceIdentifier).ToResult();
        }
    }

    /// <summary>
    /// Runs one change whose body is the contract's <typeparamref name="TBody"/>: authenticates (401),
    /// checks the route ids (400), refuses an auditor (403, audited), claims the Idempotency-Key (a
    /// retry gets the stored answer), reads the body (only <typeparamref name="TBody"/>'s members, each
    /// checked by <paramref name="read"/>, a problem naming the first one at fault), runs
    /// <paramref name="handler"/>, stores its answer for the key and tells the change listener.
    /// </summary>
    private Task<IResult> ChangeAsync<TBody>(HttpContext context, Target target, Func<JsonFields, TBody> read, Func<Actor, TBody, string, Task<Change>> handler) =>
        ChangeAsync(context, target, StaffApiJson.MembersOf<TBody>(), (caller, f, scope) => handler(caller, read(f), scope));

    private async Task<IResult> ChangeAsync(HttpContext context, Target target, IReadOnlyCollection<string> fields, Func<Actor, JsonFields, string, Task<Change>> handler)
    {
        var caller = services.Authenticator.Authenticate(context);
        if (caller is null)
        {
            return Problems.Unauthenticated().ToResult();
        }

        string? claimed = null;
        try
        {
            target.Check();
            if (caller.Role == StaffRole.Auditor)
            {
                const string ReadOnly = "an auditor reads only";
                await services.Staff.RecordRefusalAsync(target.Action, target.InvoiceId, target.ClientId, new Stamp(caller, services.Clock.GetUtcNow(), string.Empty), ReadOnly, Finishing).ConfigureAwait(false);
                return Problems.Forbidden(ReadOnly).ToResult();
            }

            var key = IdempotencyKey(context);
            IfMatch(context);
            using var body = await RequestBody.ReadAsync(context.Request, fields, context.RequestAborted).ConfigureAwait(false);
            var scope = $"{caller.StaffId}|{key}";
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{context.Request.Method} {context.Request.Path}\n").Concat(body.Bytes).ToArray()));
            switch (await services.Idempotency.ClaimAsync(scope, hash, services.Clock.GetUtcNow(), services.Clock.Lasting(StaleClaim), context.RequestAborted).ConfigureAwait(false))
            {
                case IdempotencyClaim.Replay replay:
                    return new ApiResponse(replay.Response.StatusCode, replay.Response.ContentType, replay.Response.Body).ToResult();
                case IdempotencyClaim.Mismatch:
                    return Problems.KeyReused().ToResult();
                case IdempotencyClaim.InProgress:
                    return Problems.Conflict("A request with this Idempotency-Key is being handled; retry in a moment.").ToResult();
            }

            claimed = scope;
            Change change;
            try
            {
                change = await handler(caller, body.Fields, Short(scope)).ConfigureAwait(false);
            }
            catch (BadRequest e)
            {
                change = Change.None(Problems.Invalid(e));
            }

            await services.Idempotency.CompleteAsync(scope, new StoredResponse(change.Response.StatusCode, change.Response.ContentType, change.Response.Body), Finishing).ConfigureAwait(false);
            claimed = null;
            await WakeChangedAsync(context, target.Action, change.ChangedInvoices).ConfigureAwait(false);

            return change.Response.ToResult();
        }
        catch (BadRequest e)
        {
            return Problems.Invalid(e).ToResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFault(logger, context.TraceIdentifier, StorageFault.Describe(e));
            if (claimed is not null && !StorageFault.IsUnreachable(e))
            {
                // With storage gone the release would fail too: the claim then goes stale and the key can be retried.
                await services.Idempotency.ReleaseAsync(claimed, CancellationToken.None).ConfigureAwait(false);
            }

            return Problems.ForFault(e, context.TraceIdentifier).ToResult();
        }
    }

    /// <summary>
    /// Wakes the orchestrations of the invoices a stored change touched. The change and its answer
    /// are stored by now, so an engine that cannot be reached does not fail the request: the invoice
    /// takes the change in at its next wake-up (kept in the store), and the failure is logged.
    /// </summary>
    private async Task WakeChangedAsync(HttpContext context, string action, IReadOnlyList<InvoiceId> invoices)
    {
        foreach (var id in invoices)
        {
            try
            {
                await services.Workflows.InvoiceChangedAsync(id, action, Finishing).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogNotWoken(logger, context.TraceIdentifier, e.GetType().Name);
            }
        }
    }

    private static string IdempotencyKey(HttpContext context)
    {
        if (!context.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var values) || values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            throw new BadRequest(IdempotencyKeyHeader, "Every POST needs an Idempotency-Key header (e.g. a new UUID per change); a retry sends the same key.");
        }

        var key = values[0]!.Trim();
        return values.Count == 1 && key.Length <= 200 && key.All(c => c is > ' ' and <= '~')
            ? key
            : throw new BadRequest(IdempotencyKeyHeader, "The Idempotency-Key must be one value of 1–200 visible ASCII characters.");
    }

    /// <summary>
    /// The invoice version the caller's change is based on: <c>If-Match: "7"</c> (the ETag of
    /// GET /api/invoices/{id}, also the "version" in every answer); null without the header or with <c>*</c>.
    /// </summary>
    private static int? IfMatch(HttpContext context)
    {
        var values = context.Request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        var text = values.Count == 1 ? values[0]?.Trim() ?? string.Empty : string.Empty;
        if (text == "*")
        {
            return null;
        }

        var tag = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        return tag.Length is > 2 and <= 12 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag.AsSpan(1, tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new BadRequest("If-Match", "If-Match must be one invoice version as an entity tag, e.g. \"7\" (the ETag of GET /api/invoices/{invoiceId}).");
    }

    /// <summary>The staff actions, checked against the caller's If-Match when one was sent.</summary>
    private Application.Staff.StaffActions Staff(HttpContext context) => services.Staff.ExpectingVersion(IfMatch(context));

    /// <summary>An invoice version as an entity tag.</summary>
    private static string VersionTag(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>A short, stable id derived from the idempotency scope (for claim and request ids).</summary>
    private static string Short(string scope) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)).AsSpan(0, 8));

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Staff API request {TraceId} failed: {Fault}")]
    private static partial void LogFault(ILogger logger, string traceId, string fault);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Staff API request {TraceId}: the change is stored, but its invoice's orchestration could not be woken ({ExceptionType}); it takes the change in at its next wake-up")]
    private static partial void LogNotWoken(ILogger logger, string traceId, string exceptionType);

    /// <summary>A change's response and the invoices it changed (to recompute their next steps).</summary>
    private sealed record Change(ApiResponse Response, IReadOnlyList<InvoiceId> ChangedInvoices)
    {
        /// <summary>A response that changed no invoice.</summary>
        public static Change None(ApiResponse response) => new(response, []);

        /// <summary>A response after <paramref name="id"/> changed.</summary>
        public static Change Of(ApiResponse response, InvoiceId id) => new(response, [id]);
    }

    /// <summary>What a change is about: its audit action name and the ids in its route.</summary>
    private sealed record Target(string Action, string? InvoiceId = null, string? ClientId = null, string? RequestId = null, string? ClaimId = null, string? PaymentId = null)
    {
        /// <summary>Checks the route ids (400 naming the bad one).</summary>
        public void Check()
        {
            if (InvoiceId is not null)
            {
                RouteIds.Invoice(InvoiceId);
            }

            if (ClientId is not null)
            {
                RouteIds.Client(ClientId);
            }

            if (RequestId is not null)
            {
                RouteIds.Key(RequestId, "requestId");
            }

            if (ClaimId is not null)
            {
                RouteIds.Key(ClaimId, "claimId");
            }

            if (PaymentId is not null)
            {
                RouteIds.Key(PaymentId, "paymentId");
            }
        }
    }
}
