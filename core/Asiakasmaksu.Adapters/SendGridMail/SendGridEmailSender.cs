using System.Globalization;
using Asiakasmaksu.Application.Outbox;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Asiakasmaksu.Adapters.SendGridMail;

/// <summary>
/// Sends notices through SendGrid's v3 mail API with the official client. The notice id travels as
/// the <c>X-Asiakasmaksu-Notice-Id</c> header and the <c>notice_id</c> custom argument, so a
/// delivery can be traced without personal data. A non-2xx answer throws, so the outbox retries.
/// </summary>
public sealed class SendGridEmailSender : IEmailSender
{
    private readonly SendGridClient client;

    /// <summary>Creates the sender.</summary>
    public SendGridEmailSender(SendGridOptions options, HttpClient? httpClient = null)
    {
        var clientOptions = new SendGridClientOptions { ApiKey = options.ApiKey, HttpErrorAsException = false };
        if (options.Host is { } host)
        {
            clientOptions.Host = host;
        }

        client = httpClient is null ? new SendGridClient(clientOptions) : new SendGridClient(httpClient, clientOptions);
    }

    /// <inheritdoc/>
    public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var message = MailHelper.CreateSingleEmail(
            new EmailAddress(email.FromAddress, email.FromName),
            new EmailAddress(email.ToAddress, email.ToName),
            email.Subject,
            email.Text,
            email.Html);
        message.AddHeader("X-Asiakasmaksu-Notice-Id", email.NoticeId);
        message.AddCustomArg("notice_id", email.NoticeId);
        var response = await client.SendEmailAsync(message, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"SendGrid answered {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}.", null, response.StatusCode);
        }

        return response.Headers.TryGetValues("X-Message-Id", out var ids) ? $"sendgrid:{ids.First()}" : "sendgrid";
    }
}
