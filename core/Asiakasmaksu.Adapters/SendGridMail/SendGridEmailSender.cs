using System.Globalization;
using Asiakasmaksu.Application.Outbox;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Asiakasmaksu.Adapters.SendGridMail;

/// <summary>
/// Sends notices through SendGrid's v3 mail API (POST /v3/mail/send) with the official client:
/// one personalization to the recipient, the plain text and HTML as content, the notice id as the
/// <c>X-Asiakasmaksu-Notice-Id</c> header and the <c>notice_id</c> custom argument, and the outbox
/// claim the send is made under as the <c>notice_attempt</c> custom argument (both come back in
/// SendGrid's event webhook and activity feed, so a delivery, bounce or a duplicate can be traced
/// without personal data: a notice sent twice shows as two messages with one <c>notice_id</c>
/// and two <c>notice_attempt</c>s). SendGrid's mail send has no idempotency key, so that is as far as
/// it can be made safe to repeat (docs/notices.md, "The outbox"). Click and open tracking are off:
/// links stay as written and no tracking pixel reports when a client reads a fee notice. SendGrid's
/// own retries are off (the client's default: a retry after a lost answer could send twice); any
/// answer but 2xx throws <see cref="HttpRequestException"/> with the status, so the outbox records
/// the failure and tries again later.
/// </summary>
public sealed class SendGridEmailSender : IEmailSender
{
    /// <summary>The header carrying the notice id.</summary>
    public const string NoticeIdHeader = "X-Asiakasmaksu-Notice-Id";

    /// <summary>The custom argument carrying the notice id.</summary>
    public const string NoticeIdArgument = "notice_id";

    /// <summary>The custom argument carrying the outbox claim the send is made under (<see cref="OutgoingEmail.AttemptId"/>).</summary>
    public const string AttemptIdArgument = "notice_attempt";

    private readonly SendGridClient client;
    private readonly SendGridOptions options;

    /// <summary>Creates the sender; <paramref name="httpClient"/> is for tests and pooled handlers.</summary>
    public SendGridEmailSender(SendGridOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new ArgumentException("The SendGrid API key is not set (Asiakasmaksu:SendGrid:ApiKey).", nameof(options));
        }

        this.options = options;
        var clientOptions = new SendGridClientOptions { ApiKey = options.ApiKey, HttpErrorAsException = false };
        if (!string.IsNullOrWhiteSpace(options.DataResidency))
        {
            clientOptions.SetDataResidency(options.DataResidency.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            clientOptions.Host = options.Host;
        }

        client = httpClient is null ? new SendGridClient(clientOptions) : new SendGridClient(httpClient, clientOptions);
    }

    /// <inheritdoc/>
    public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var from = new EmailAddress(
            string.IsNullOrWhiteSpace(options.FromAddress) ? email.FromAddress : options.FromAddress,
            string.IsNullOrWhiteSpace(options.FromName) ? email.FromName : options.FromName);
        var message = MailHelper.CreateSingleEmail(from, new EmailAddress(email.ToAddress, email.ToName), email.Subject, email.Text, email.Html);
        message.AddHeader(NoticeIdHeader, email.NoticeId);
        message.AddCustomArg(NoticeIdArgument, email.NoticeId);
        if (!string.IsNullOrEmpty(email.AttemptId))
        {
            message.AddCustomArg(AttemptIdArgument, email.AttemptId);
        }

        message.SetClickTracking(false, false);
        message.SetOpenTracking(false);
        if (options.SandboxMode)
        {
            message.SetSandBoxMode(true);
        }

        var response = await client.SendEmailAsync(message, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo addresses: only the status goes into the exception.
            throw new HttpRequestException($"SendGrid answered {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}.", null, response.StatusCode);
        }

        return response.Headers.TryGetValues("X-Message-Id", out var ids) && ids.FirstOrDefault() is { Length: > 0 } id
            ? $"sendgrid:{id}"
            : "sendgrid";
    }
}
