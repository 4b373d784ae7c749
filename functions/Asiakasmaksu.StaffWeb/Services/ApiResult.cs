using Asiakasmaksu.StaffApi.Contract.Answers;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>An answer of the staff API: the record when it succeeded, else the problem it gave.</summary>
public sealed record ApiResult<T>(int Status, T? Value, Problem? Problem, string? ETag)
    where T : class
{
    /// <summary>Whether the call succeeded (2xx) with a body.</summary>
    public bool Ok => Status is >= 200 and < 300 && Value is not null;
}
