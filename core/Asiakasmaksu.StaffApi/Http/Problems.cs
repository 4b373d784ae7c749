using System.Text.Json;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>RFC 7807 problem details for every error the API returns (the contract's <see cref="Problem"/>). Never includes personal data.</summary>
public static class Problems
{
    /// <summary>400: <paramref name="field"/> is wrong.</summary>
    public static ApiResponse BadRequest(string field, string detail) =>
        Answer(Of(StatusCodes.Status400BadRequest, "The request is not valid", detail) with { Field = field });

    /// <summary>The problem for <paramref name="e"/>: its status (400, 413 or 415), naming its field.</summary>
    public static ApiResponse Invalid(Http.BadRequest e) => e.StatusCode switch
    {
        StatusCodes.Status415UnsupportedMediaType => Answer(Of(e.StatusCode, "Unsupported media type", e.Message) with { Field = e.Field }),
        StatusCodes.Status413PayloadTooLarge => Answer(Of(e.StatusCode, "The request is too large", e.Message) with { Field = e.Field }),
        _ => BadRequest(e.Field, e.Message),
    };

    /// <summary>
    /// The problem for an error status the framework set without a body (no such endpoint, wrong
    /// method): used by the hosts' status-code pages so that every error is a problem.
    /// </summary>
    public static ApiResponse ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Unauthenticated(),
        StatusCodes.Status404NotFound => NotFound("There is no such endpoint; the OpenAPI document at /openapi/v1.json lists them."),
        StatusCodes.Status405MethodNotAllowed => Answer(Of(status, "Method not allowed", "This endpoint does not take this HTTP method; see /openapi/v1.json.")),
        StatusCodes.Status413PayloadTooLarge => Answer(Of(status, "The request is too large", "The request is larger than the API accepts.") with { Field = "body" }),
        StatusCodes.Status415UnsupportedMediaType => Answer(Of(status, "Unsupported media type", "Send the body as application/json (UTF-8).") with { Field = "Content-Type" }),
        >= 500 => Answer(Of(status, "Something went wrong on our side", "The request was not completed; try again.")),
        _ => Answer(Of(status, "The request was not accepted", $"HTTP status {status}.")),
    };

    /// <summary>401: no valid identity.</summary>
    public static ApiResponse Unauthenticated() =>
        Answer(Of(StatusCodes.Status401Unauthorized, "Not authenticated", "Sign in: this API needs a staff identity."));

    /// <summary>403: not allowed, with the reason in words and, for a known refusal, its stable code and values (<see cref="RefusalReasons"/>).</summary>
    public static ApiResponse Forbidden(string reason) =>
        Answer(RefusalReasons.Classify(reason) is { } known
            ? Of(StatusCodes.Status403Forbidden, "Not allowed", reason) with { Reason = known.Code, Values = known.Values }
            : Of(StatusCodes.Status403Forbidden, "Not allowed", reason));

    /// <summary>404.</summary>
    public static ApiResponse NotFound(string detail) => Answer(Of(StatusCodes.Status404NotFound, "Not found", detail));

    /// <summary>409; <paramref name="current"/> is the invoice's current state (the "current" member), when the conflict is about one.</summary>
    public static ApiResponse Conflict(string detail, InvoiceStateView? current = null) =>
        Answer(Of(StatusCodes.Status409Conflict, "Conflict", detail) with { Current = current });

    /// <summary>422: the request is well formed but cannot be done (the reason says why).</summary>
    public static ApiResponse Unprocessable(string detail) => Answer(Of(StatusCodes.Status422UnprocessableEntity, "Cannot be done", detail));

    /// <summary>422: the Idempotency-Key was used for a different request.</summary>
    public static ApiResponse KeyReused() =>
        Answer(Of(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused", "This Idempotency-Key was already used for a different request.") with { Field = "Idempotency-Key" });

    /// <summary>500 for a fault of ours (storage down): no details, a trace id to find it in the logs.</summary>
    public static ApiResponse ServerError(string traceId) =>
        Answer(Of(StatusCodes.Status500InternalServerError, "Something went wrong on our side", "The request was not completed; try again. Quote the trace id if it keeps failing.") with { TraceId = traceId });

    /// <summary>503 when storage does not answer: nothing was changed; a trace id to find it in the logs.</summary>
    public static ApiResponse StorageUnavailable(string traceId) =>
        Answer(Of(StatusCodes.Status503ServiceUnavailable, "Storage is not answering", "The request was not completed and nothing was changed; try again in a moment. Quote the trace id if it keeps failing.") with { TraceId = traceId });

    /// <summary>500 or 503 for <paramref name="fault"/>: 503 when storage does not answer, else 500.</summary>
    public static ApiResponse ForFault(Exception fault, string traceId) =>
        StorageFault.IsUnreachable(fault) ? StorageUnavailable(traceId) : ServerError(traceId);

    /// <summary>503: a dependency is unavailable.</summary>
    public static ApiResponse Unavailable(string detail) => Answer(Of(StatusCodes.Status503ServiceUnavailable, "Unavailable", detail));

    private static Problem Of(int status, string title, string detail) => new($"https://httpstatuses.io/{status}", title, status, detail);

    private static ApiResponse Answer(Problem problem) =>
        new(problem.Status, "application/problem+json", JsonSerializer.SerializeToUtf8Bytes(problem, StaffApiJson.Default.Problem));
}
