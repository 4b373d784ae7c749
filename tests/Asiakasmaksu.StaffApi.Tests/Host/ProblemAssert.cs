using System.Text.Json;

namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>Checks that an answer is an RFC 7807 problem.</summary>
public static class ProblemAssert
{
    /// <summary>
    /// <paramref name="reply"/> has <paramref name="status"/>, is application/problem+json with
    /// type, title, status (equal to the HTTP status) and detail, and names <paramref name="field"/> when one is given.
    /// </summary>
    public static void Is(int status, ApiReply reply, string? field = null)
    {
        Assert.True(reply.Status == status, $"expected {status}, got {reply}");
        IsProblem(reply);
        if (field is not null)
        {
            Assert.True(reply.Field == field, $"expected field {field}, got {reply}");
        }
    }

    /// <summary><paramref name="reply"/> is a well-formed problem (any status 400–599).</summary>
    public static void IsProblem(ApiReply reply)
    {
        Assert.True(reply.MediaType == "application/problem+json", $"not a problem: {reply}");
        var json = reply.Json;
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal(reply.Status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("type").GetString()), reply.ToString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()), reply.ToString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()), reply.ToString());
    }
}
