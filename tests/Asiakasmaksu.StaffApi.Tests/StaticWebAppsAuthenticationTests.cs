using System.Text;
using System.Text.Json;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Identity;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// In Azure the staff API is reached through the Static Web App that serves the staff web app: its
/// x-ms-client-principal header <c>{identityProvider, userId, userDetails, userRoles}</c> says who is
/// calling (docs/deploy.md). The highest app role counts, the auditor only alone; anything malformed
/// is nobody (401), never an exception (500).
/// </summary>
public sealed class StaticWebAppsAuthenticationTests
{
    private const string UserId = "d75b260a64504067bfc5b2905e3b8182";

    [Theory]
    [InlineData(new[] { "anonymous", "authenticated", "team" }, StaffRole.Team)]
    [InlineData(new[] { "anonymous", "authenticated", "team", "supervisor" }, StaffRole.Supervisor)]
    [InlineData(new[] { "authenticated", "auditor", "supervisor", "director", "team" }, StaffRole.Director)]
    [InlineData(new[] { "authenticated", "auditor" }, StaffRole.Auditor)]
    [InlineData(new[] { "authenticated", "auditor", "team" }, StaffRole.Team)]
    [InlineData(new[] { "authenticated", "SUPERVISOR" }, StaffRole.Supervisor)]
    public void GivenAppRoles_WhenAuthenticated_ThenTheHighestRoleAndTheUserId(string[] roles, StaffRole expected) =>
        Assert.Equal(new Actor(UserId, expected), Authenticate(Principal(UserId, roles)));

    [Theory]
    [InlineData("anonymous,authenticated")]
    [InlineData("authenticated,system")]
    [InlineData("authenticated,admin,teams")]
    [InlineData("")]
    public void GivenNoAppRole_WhenAuthenticated_ThenNobody(string roles) =>
        Assert.Null(Authenticate(Principal(UserId, roles.Split(',', StringSplitOptions.RemoveEmptyEntries))));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void GivenNoUserId_WhenAuthenticated_ThenNobody(string userId) =>
        Assert.Null(Authenticate(Principal(userId, ["authenticated", "director"])));

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("e30=")] // {}
    [InlineData("W10=")] // []
    [InlineData("bnVsbA==")] // null
    [InlineData("eyJ1c2VySWQiOiJ4In0=")] // {"userId":"x"}
    [InlineData("eyJ1c2VySWQiOjEsInVzZXJSb2xlcyI6WyJ0ZWFtIl19")] // {"userId":1,"userRoles":["team"]}
    [InlineData("eyJ1c2VySWQiOiJ4IiwidXNlclJvbGVzIjoidGVhbSJ9")] // {"userId":"x","userRoles":"team"}
    [InlineData("eyJ1c2VySWQiOiJ4IiwidXNlclJvbGVzIjpbMSxudWxsLHt9XX0=")] // {"userId":"x","userRoles":[1,null,{}]}
    [InlineData("eyJ1c2VySWQiOiJ4IiwidXNlclJvbGVzIjpbInRlYW0i")] // truncated JSON
    [InlineData("//79/Q==")] // not UTF-8 JSON
    public void GivenAMalformedHeader_WhenAuthenticated_ThenNobodyAndNoException(string header) =>
        Assert.Null(Authenticate(header));

    [Fact]
    public void GivenAnOversizedHeader_WhenAuthenticated_ThenNobody() =>
        Assert.Null(Authenticate(Principal(new string('a', 40_000), ["team"])));

    [Fact]
    public void GivenTwoHeaders_WhenAuthenticated_ThenNobody()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[StaticWebAppsPrincipalAuthenticator.Header] = new([Principal("one", ["team"]), Principal("two", ["director"])]);

        Assert.Null(new StaticWebAppsPrincipalAuthenticator().Authenticate(context));
    }

    [Fact]
    public void GivenNoHeaderButABearerKeyOrAnAppServicePrincipal_WhenAuthenticated_ThenNobody()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer test-director-key-0001";
        context.Request.Headers["X-MS-CLIENT-PRINCIPAL-ID"] = "someone";

        Assert.Null(new StaticWebAppsPrincipalAuthenticator().Authenticate(context));
    }

    [Fact]
    public void GivenAnAppServiceShapedPrincipal_WhenAuthenticated_ThenNobody()
    {
        var appService = JsonSerializer.Serialize(new { auth_typ = "aad", claims = new[] { new { typ = "roles", val = "director" }, new { typ = "oid", val = "x" } } });

        Assert.Null(Authenticate(Convert.ToBase64String(Encoding.UTF8.GetBytes(appService))));
    }

    [Fact]
    public void GivenTheHeaderInAnyCase_WhenAuthenticated_ThenRead()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-MS-CLIENT-PRINCIPAL"] = Principal(UserId, ["team"]);

        Assert.Equal(new Actor(UserId, StaffRole.Team), new StaticWebAppsPrincipalAuthenticator().Authenticate(context));
    }

    [Fact]
    public void GivenTheSignInName_ThenItIsNotTheStaffId()
    {
        var actor = Authenticate(Principal(UserId, ["supervisor"], "maija.meikalainen@example.fi"));

        Assert.Equal(UserId, actor?.StaffId);
    }

    private static Actor? Authenticate(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[StaticWebAppsPrincipalAuthenticator.Header] = header;
        return new StaticWebAppsPrincipalAuthenticator().Authenticate(context);
    }

    /// <summary>The header as Static Web Apps writes it (docs: "Accessing user information in Azure Static Web Apps").</summary>
    private static string Principal(string userId, string[] roles, string userDetails = "staff@example.fi") =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { identityProvider = "aad", userId, userDetails, userRoles = roles })));
}
