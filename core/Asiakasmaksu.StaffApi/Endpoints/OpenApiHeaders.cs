using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>Documents the request headers the handlers read themselves (Idempotency-Key, If-Match) in the OpenAPI document.</summary>
internal static class OpenApiHeaders
{
    /// <summary>Adds a required Idempotency-Key and, when <paramref name="ifMatch"/>, an optional If-Match header to the operation.</summary>
    public static RouteHandlerBuilder WithChangeHeaders(this RouteHandlerBuilder builder, bool ifMatch) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Header(StaffApiHandlers.IdempotencyKeyHeader, true, "A new value (e.g. a UUID) per change; a retry sends the same value and gets the same answer."));
            if (ifMatch)
            {
                operation.Parameters.Add(Header("If-Match", false, "The invoice version the change is based on, as the ETag of GET /api/invoices/{invoiceId} (e.g. \"7\"); another version is a 409."));
            }

            return Task.CompletedTask;
        });

    private static OpenApiParameter Header(string name, bool required, string description) =>
        OpenApiQueries.Parameter(name, ParameterLocation.Header, required, description, JsonSchemaType.String);
}
