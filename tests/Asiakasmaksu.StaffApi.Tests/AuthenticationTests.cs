using System.Text;
using System.Text.Json;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Identity;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>Every call is authenticated: locally by bearer key only; in Azure by App Service's X-MS-CLIENT-PRINCIPAL.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class AuthenticationTests(StaffApiFixture fixture)
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-configured-key")]
    [InlineData("Bearertest-team-key-0001")]
    [InlineData("Bearer\ttest-team-key-0001")]
    [InlineData("Basic dGVhbTprZXk=")]
    [InlineData("Bearer ")]
    public async Task GivenNoValidKey_WhenCalling_Then401Problem(string? authorization)
    {
        var id = await fixture.SeedOneAsync();
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/invoices/{id}");
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/invoices/{id}/payments")
        {
            Content = new StringContent("""{"amount":"10.00","paidOn":"2026-03-05"}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        if (authorization is not null)
        {
            get.Headers.TryAddWithoutValidation("Authorization", authorization);
            post.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var read = await fixture.As(null).SendAsync(get);
        var change = await fixture.As(null).SendAsync(post);

        ProblemAssert.Is(401, read);
        ProblemAssert.Is(401, change);
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    [Theory]
    [InlineData("bearer test-team-key-0001")]
    [InlineData("BEARER test-team-key-0001")]
    [InlineData("bEaReR   test-team-key-0001")]
    public async Task GivenTheBearerSchemeInAnyCase_WhenCalling_ThenAuthenticated(string authorization)
    {
        var id = await fixture.SeedOneAsync();
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/invoices/{id}");
        get.Headers.TryAddWithoutValidation("Authorization", authorization);

        var reply = await fixture.As(null).SendAsync(get);

        Assert.True(reply.Status == 200, reply.ToString());
    }

    [Theory]
    [InlineData("bearer test-team-key-0001", "test-team-key-0001")]
    [InlineData("Bearer  key ", "key")]
    [InlineData("Bearer", null)]
    [InlineData("Bearer ", null)]
    [InlineData("Basic a2V5", null)]
    [InlineData("Bearerkey", null)]
    public void GivenAnAuthorizationValue_WhenReadAsBearer_ThenTheSchemeIsCaseInsensitive(string value, string? token) =>
        Assert.Equal(token, BearerKeys.TokenOf(value));

    [Fact]
    public async Task GivenAnAppServicePrincipalHeader_WhenCallingTheLocalHost_ThenItIsNotTrusted()
    {
        var id = await fixture.SeedOneAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/invoices/{id}");
        request.Headers.Add(AppServicePrincipalAuthenticator.Header, Principal(("roles", "director"), ("oid", "someone")));

        var reply = await fixture.As(null).SendAsync(request);

        ProblemAssert.Is(401, reply);
    }

    [Fact]
    public void GivenAPrincipalWithTeamAndSupervisorRoles_WhenAuthenticatedInAzure_ThenTheHighestRoleAndTheObjectId()
    {
        var actor = AuthenticateInAzure(Principal(("roles", "team"), ("roles", "supervisor"), ("http://schemas.microsoft.com/identity/claims/objectidentifier", "0f1e-oid"), ("name", "Kari")));

        Assert.Equal(new Actor("0f1e-oid", StaffRole.Supervisor), actor);
    }

    [Fact]
    public void GivenAPrincipalWithOnlyTheAuditorRole_WhenAuthenticatedInAzure_ThenAnAuditor()
    {
        Assert.Equal(new Actor("aud-oid", StaffRole.Auditor), AuthenticateInAzure(Principal(("roles", "auditor"), ("oid", "aud-oid"))));
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("eyJub3QiOiJjbGFpbXMifQ==")]
    [InlineData("")]
    public void GivenAMalformedPrincipal_WhenAuthenticatedInAzure_ThenNobody(string header) =>
        Assert.Null(AuthenticateInAzure(header));

    [Fact]
    public void GivenAPrincipalWithoutAnAppRole_WhenAuthenticatedInAzure_ThenNobody() =>
        Assert.Null(AuthenticateInAzure(Principal(("oid", "x"), ("roles", "system"), ("roles", "admin"))));

    [Fact]
    public void GivenNoPrincipalButABearerKey_WhenAuthenticatedInAzure_ThenNobody()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = $"Bearer {StaffKeys.Director}";

        Assert.Null(new AppServicePrincipalAuthenticator().Authenticate(context));
    }

    private static Actor? AuthenticateInAzure(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[AppServicePrincipalAuthenticator.Header] = header;
        return new AppServicePrincipalAuthenticator().Authenticate(context);
    }

    private static string Principal(params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
        }));
}
