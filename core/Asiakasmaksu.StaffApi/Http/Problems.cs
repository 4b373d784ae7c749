using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>RFC 7807 problem details for every error the API returns. Never includes personal data.</summary>
public static class Problems
{
    /// <summary>400: <paramref name="field"/> is wrong.</summary>
    public static ApiResponse BadRequest(string field, string detail) =>
        Problem(StatusCodes.Status400BadRequest, "The request is not valid", detail, w => w.WriteString("field", field));

    /// <summary>401: no valid identity.</summary>
    public static ApiResponse Unauthenticated() =>
        Problem(StatusCodes.Status401Unauthorized, "Not authenticated", "Sign in: this API needs a staff identity.");

    /// <summary>403: not allowed, with the reason in words.</summary>
    public static ApiResponse Forbidden(string reason) => Problem(StatusCodes.Status403Forbidden, "Not allowed", reason);

    /// <summary>404.</summary>
    public static ApiResponse NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>409; <paramref name="current"/> writes the current state as the "current" member.</summary>
    public static ApiResponse Conflict(string detail, Action<Utf8JsonWriter>? current = null) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", detail, current is null ? null : w =>
        {
            w.WritePropertyName("current");
            current(w);
        });

    /// <summary>422: the Idempotency-Key was used for a different request.</summary>
    public static ApiResponse KeyReused() =>
        Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused", "This Idempotency-Key was already used for a different request.", w => w.WriteString("field", "Idempotency-Key"));

    /// <summary>500 for a fault of ours (storage down): no details, a trace id to find it in the logs.</summary>
    public static ApiResponse ServerError(string traceId) =>
        Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side", "The request was not completed; try again. Quote the trace id if it keeps failing.", w => w.WriteString("traceId", traceId));

    /// <summary>503: a dependency is unavailable.</summary>
    public static ApiResponse Unavailable(string detail) => Problem(StatusCodes.Status503ServiceUnavailable, "Unavailable", detail);

    private static ApiResponse Problem(int status, string title, string detail, Action<Utf8JsonWriter>? extra = null) =>
        new(status, "application/problem+json", ApiJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", $"https://httpstatuses.io/{status}");
            w.WriteString("title", title);
            w.WriteNumber("status", status);
            w.WriteString("detail", detail);
            extra?.Invoke(w);
            w.WriteEndObject();
        }));
}
