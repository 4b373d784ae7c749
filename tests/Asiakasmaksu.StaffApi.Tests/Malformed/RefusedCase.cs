namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// A well-formed request the rules must refuse (issue 21: what the office must not be able to do by
/// mistake), after the <paramref name="Setup"/> steps have succeeded on a fresh invoice. The path
/// and bodies may hold <c>{invoiceId}</c>, <c>{clientId}</c>, and <c>{requestId}</c> or
/// <c>{claimId}</c> (what the last setup step answered).
/// </summary>
/// <param name="Name">What is tried, for failure messages.</param>
/// <param name="Setup">Steps that must succeed first: who, path, body.</param>
/// <param name="Key">Who sends the request.</param>
/// <param name="Path">The request's path.</param>
/// <param name="Body">Its JSON body.</param>
/// <param name="Status">The status it must get.</param>
/// <param name="Field">The field the problem must name, or null.</param>
public sealed record RefusedCase(string Name, IReadOnlyList<(string Key, string Path, string Body)> Setup, string Key, string Path, string Body, int Status, string? Field = null)
{
    /// <summary>For test names.</summary>
    public override string ToString() => Name;
}
