using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.Application.Paging;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// The paging of a list endpoint (docs/staff-api.md, "Lists"): <c>limit</c> (1–1000, default 100)
/// and <c>continuation</c> (the token of the previous answer, for the same list and filters). The
/// answer is <c>{items: [...], continuation}</c>, the continuation null on the last page.
/// </summary>
/// <param name="List">The list's name, bound into its tokens.</param>
/// <param name="Filters">The list's route ids and filters, bound into its tokens.</param>
/// <param name="Page">The page asked for.</param>
internal sealed record ListQuery(string List, IReadOnlyList<string?> Filters, PageRequest Page)
{
    /// <summary>The query parameter of the page size.</summary>
    public const string LimitParameter = "limit";

    /// <summary>
    /// Reads <c>limit</c> and <c>continuation</c> of <paramref name="request"/> for <paramref name="list"/>
    /// filtered by <paramref name="filters"/> (each as the handler understood it); 400 naming the parameter when either is wrong.
    /// </summary>
    public static ListQuery Read(HttpRequest request, string list, params string?[] filters)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = request.Query[LimitParameter];
        var size = PageRequest.DefaultLimit;
        if (limit.Count > 0)
        {
            var text = limit.Count == 1 ? limit[0] ?? string.Empty : string.Empty;
            if (text.Length is < 1 or > 4 || !text.All(char.IsAsciiDigit) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > PageRequest.MaxLimit)
            {
                throw new BadRequest(LimitParameter, $"limit must be a whole number from 1 to {PageRequest.MaxLimit} (default {PageRequest.DefaultLimit}).");
            }
        }

        var continuation = request.Query[ContinuationToken.Parameter];
        string? after = null;
        if (continuation.Count > 0)
        {
            after = continuation.Count == 1 && !string.IsNullOrEmpty(continuation[0])
                ? ContinuationToken.Decode(continuation[0]!, list, filters)
                : throw new BadRequest(ContinuationToken.Parameter, "continuation must be one token, as the previous answer gave it.");
        }

        return new ListQuery(list, filters, new PageRequest(after, size));
    }

    /// <summary>The answer: <c>{items, continuation}</c>, each item the contract's view of an entry (<paramref name="view"/>).</summary>
    public ApiResponse Answer<T, TView>(ListPage<T> page, Func<T, TView> view, JsonTypeInfo<Page<TView>> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(view);
        return ApiJson.Ok(new Page<TView>([.. page.Items.Select(view)], page.Next is { } next ? ContinuationToken.Encode(List, Filters, next) : null), typeInfo);
    }
}
