using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>Documents the query parameters the handlers read themselves (filters, and the paging of lists) in the OpenAPI document.</summary>
internal static class OpenApiQueries
{
    /// <summary>Adds optional query parameters: each a name and what it means.</summary>
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder builder, params (string Name, string Description)[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in parameters)
            {
                operation.Parameters.Add(Query(name, description, JsonSchemaType.String));
            }

            return Task.CompletedTask;
        });

    /// <summary>Adds the filters, then <c>limit</c> and <c>continuation</c> of a paged list.</summary>
    public static RouteHandlerBuilder WithPaging(this RouteHandlerBuilder builder, params (string Name, string Description)[] filters) =>
        builder.WithQuery(filters).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Query(ListQuery.LimitParameter, $"How many items at most, 1–{PageRequest.MaxLimit} (default {PageRequest.DefaultLimit}).", JsonSchemaType.Integer));
            operation.Parameters.Add(Query(ContinuationToken.Parameter, "The continuation of the previous answer, to read the next page; only with the same path and filters.", JsonSchemaType.String));
            return Task.CompletedTask;
        });

    /// <summary>A parameter the handlers read themselves: where it is, whether it is required, what it means and its type.</summary>
    public static OpenApiParameter Parameter(string name, ParameterLocation location, bool required, string description, JsonSchemaType type) => new()
    {
        Name = name,
        In = location,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = type },
    };

    private static OpenApiParameter Query(string name, string description, JsonSchemaType type) => Parameter(name, ParameterLocation.Query, false, description, type);
}
