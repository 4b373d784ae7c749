using System.Net;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.Adapters.SendGridMail;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.Adapters.Tests.SendGrid;

/// <summary>The SendGrid sender against a local stub: what is posted, and that failures throw so the outbox retries.</summary>
public sealed class SendGridEmailSenderTests : IAsyncDisposable
{
    private const string ApiKey = "SG.test-key-not-real";

    private readonly SendGridStub stub = new();

    public ValueTask DisposeAsync() => stub.DisposeAsync();

    private static OutgoingEmail Email() => new(
        "k3jqz7ma-5ee2ytd4bn3wq6rf-0001",
        "laskutus@esimerkkila.example",
        "Esimerkkilän hyvinvointialue",
        "maija@asiakas.example",
        "Maija Meikäläinen",
        "Lasku 25.7.2017 – Esimerkkilän hyvinvointialue",
        "Maksettava yhteensä 45,90 €",
        "<p>Maksettava yhteensä 45,90 €</p>",
        Encoding.ASCII.GetBytes("MIME is not sent to SendGrid"));

    private SendGridEmailSender Sender(Action<SendGridOptions>? configure = null)
    {
        var options = new SendGridOptions { ApiKey = ApiKey, Host = stub.Host };
        configure?.Invoke(options);
        return new SendGridEmailSender(options);
    }

    [Fact]
    public async Task GivenAnEmail_WhenSent_ThenTheV3MailSendRequestCarriesAddressesSubjectBothBodiesAndTheNoticeId()
    {
        var result = await Sender().SendAsync(Email(), default);

        Assert.Equal("sendgrid:stub-message-1", result);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);

        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("laskutus@esimerkkila.example", root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Esimerkkilän hyvinvointialue", root.GetProperty("from").GetProperty("name").GetString());
        var personalization = Assert.Single(root.GetProperty("personalizations").EnumerateArray());
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal("maija@asiakas.example", to.GetProperty("email").GetString());
        Assert.Equal("Maija Meikäläinen", to.GetProperty("name").GetString());
        Assert.Equal("Lasku 25.7.2017 – Esimerkkilän hyvinvointialue", personalization.GetProperty("subject").GetString());
        var content = root.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c.GetProperty("type").GetString()));
        Assert.Equal("Maksettava yhteensä 45,90 €", content[0].GetProperty("value").GetString());
        Assert.Equal("<p>Maksettava yhteensä 45,90 €</p>", content[1].GetProperty("value").GetString());
        Assert.Equal("k3jqz7ma-5ee2ytd4bn3wq6rf-0001", personalization.GetProperty("custom_args").GetProperty("notice_id").GetString());
        Assert.Equal("k3jqz7ma-5ee2ytd4bn3wq6rf-0001", personalization.GetProperty("headers").GetProperty("X-Asiakasmaksu-Notice-Id").GetString());
        var tracking = root.GetProperty("tracking_settings");
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("open_tracking").GetProperty("enable").GetBoolean());
        Assert.False(root.TryGetProperty("mail_settings", out _));
    }

    [Fact]
    public async Task GivenAnEmailSentUnderAClaim_WhenSent_ThenTheClaimIsTheNoticeAttemptArgument()
    {
        await Sender().SendAsync(Email() with { AttemptId = "0f8e4c1a9b7d4e2f8a6c5b3d1e0f9a8b" }, default);
        await Sender().SendAsync(Email(), default);

        var requests = stub.Requests.ToList();
        using var claimed = JsonDocument.Parse(requests[0].Body);
        using var unclaimed = JsonDocument.Parse(requests[1].Body);
        var args = Assert.Single(claimed.RootElement.GetProperty("personalizations").EnumerateArray()).GetProperty("custom_args");
        Assert.Equal("0f8e4c1a9b7d4e2f8a6c5b3d1e0f9a8b", args.GetProperty(SendGridEmailSender.AttemptIdArgument).GetString());
        Assert.Equal("k3jqz7ma-5ee2ytd4bn3wq6rf-0001", args.GetProperty(SendGridEmailSender.NoticeIdArgument).GetString());
        Assert.False(unclaimed.RootElement.GetProperty("personalizations")[0].GetProperty("custom_args").TryGetProperty(SendGridEmailSender.AttemptIdArgument, out _));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task GivenSendGridFails_WhenSent_ThenItThrowsWithTheStatusSoTheOutboxRetries(HttpStatusCode status)
    {
        stub.Status = status;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sender().SendAsync(Email(), default));

        Assert.Equal(status, error.StatusCode);
        Assert.DoesNotContain("maija", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task GivenAConfiguredSender_WhenSent_ThenItReplacesTheFromAndSandboxModeIsAsked()
    {
        await Sender(o =>
        {
            o.FromAddress = "noreply@verified.example";
            o.FromName = "Asiakasmaksut";
            o.SandboxMode = true;
        }).SendAsync(Email(), default);

        using var json = JsonDocument.Parse(Assert.Single(stub.Requests).Body);
        Assert.Equal("noreply@verified.example", json.RootElement.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Asiakasmaksut", json.RootElement.GetProperty("from").GetProperty("name").GetString());
        Assert.True(json.RootElement.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public void GivenNoApiKey_WhenCreated_ThenItIsRefusedSayingWhichSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new SendGridEmailSender(new SendGridOptions { Host = stub.Host }));

        Assert.Contains("Asiakasmaksu:SendGrid:ApiKey", error.Message);
    }
}
