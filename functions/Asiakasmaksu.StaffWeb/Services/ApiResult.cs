using Asiakasmaksu.StaffApi.Contract.Answers;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>An answer of the staff API, whatever its record: its status and, when it failed, the problem it gave.</summary>
public interface IApiResult
{
    /// <summary>The HTTP status.</summary>
    int Status { get; }

    /// <summary>The problem of a failed call, or null.</summary>
    Problem? Problem { get; }
}

/// <summary>An answer of the staff API: the record when it succeeded, else the problem it gave.</summary>
public sealed record ApiResult<T>(int Status, T? Value, Problem? Problem, string? ETag) : IApiResult
    where T : class
{
    /// <summary>Whether the call succeeded (2xx) with a body.</summary>
    public bool Ok => Status is >= 200 and < 300 && Value is not null;
}
