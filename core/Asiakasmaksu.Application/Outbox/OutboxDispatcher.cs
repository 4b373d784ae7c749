using System.Net.Mail;
using System.Text;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// Delivers the outbox: takes the notices due now, renders each in its language, emails it when
/// the recipient has an address, otherwise stores the printable letter (PDF or HTML) in the
/// archive for printing, and marks it sent. A failed attempt is recorded and tried again after an
/// exponential pause (1, 2, 4, … minutes, at most <see cref="DispatchOptions.MaxRetryMinutes"/>).
/// At most once: a notice marked sent is never pending again, notices are stored by a
/// deterministic id (so a retried step adds nothing), and the senders are idempotent by notice id
/// (the .eml folder writes a file once; SendGrid carries the id so a duplicate can be told). Logs
/// carry notice ids, kinds and channels, never names, addresses or amounts.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    NoticeRenderer renderer,
    IssuerProfile issuer,
    IEmailSender email,
    INoticeArchive archive,
    TimeProvider clock,
    DispatchOptions options,
    ILogger<OutboxDispatcher>? logger = null) : INoticeDispatcher
{
    /// <summary>The channel of emailed notices in <see cref="NoticeDelivery.Channel"/>.</summary>
    public const string EmailChannel = "email";

    /// <summary>The channel of printed letters in <see cref="NoticeDelivery.Channel"/>.</summary>
    public const string LetterChannel = "letter";

    private readonly ILogger log = logger ?? NullLogger<OutboxDispatcher>.Instance;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(CancellationToken cancellationToken)
    {
        var pending = new List<OutboxEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in outbox.PendingAsync(clock.GetUtcNow(), options.MaxPerPass, cancellationToken).ConfigureAwait(false))
        {
            if (seen.Add(entry.Notice.Id))
            {
                pending.Add(entry);
            }
        }

        if (pending.Count == 0)
        {
            return [];
        }

        var delivered = new DispatchedNotice?[pending.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, pending.Count), parallel, async (i, token) =>
            delivered[i] = await DeliverAsync(pending[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        var result = delivered.OfType<DispatchedNotice>().ToList();
        LogPass(result.Count, pending.Count - result.Count);
        return result;
    }

    /// <summary>The pause before attempt <paramref name="failedAttempts"/> + 1: 2^(n−1) minutes, capped at <paramref name="maxMinutes"/>.</summary>
    public static TimeSpan Backoff(int failedAttempts, double maxMinutes) =>
        TimeSpan.FromMinutes(Math.Min(maxMinutes, Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30))));

    /// <summary>
    /// True when <paramref name="notice"/> can go by email: it has an address (<see cref="Notice.GoesByEmail"/>)
    /// that is a plain, valid one. Assumption, written down: a malformed address would fail every
    /// attempt, so such a recipient gets a printed letter instead.
    /// </summary>
    public static bool CanEmail(Notice notice) =>
        notice.GoesByEmail
        && notice.Recipient.Email!.Trim() is var address
        && MailAddress.TryCreate(address, out var parsed)
        && string.Equals(parsed.Address, address, StringComparison.Ordinal);

    private async Task<DispatchedNotice?> DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var notice = entry.Notice;
        try
        {
            var delivery = CanEmail(notice)
                ? await EmailAsync(notice, cancellationToken).ConfigureAwait(false)
                : await LetterAsync(notice, cancellationToken).ConfigureAwait(false);
            await outbox.MarkSentAsync(notice.Id, delivery, cancellationToken).ConfigureAwait(false);
            LogDelivered(notice.Id, notice.Kind.Name(), delivery.Channel);
            return new DispatchedNotice(notice, delivery);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(entry, e, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async Task<NoticeDelivery> EmailAsync(Notice notice, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(notice);
        var archived = options.ArchiveRendered
            ? await archive.StoreAsync(ArchiveName("email", notice, "html"), Encoding.UTF8.GetBytes(rendered.Html), "text/html; charset=utf-8", cancellationToken).ConfigureAwait(false)
            : null;
        var to = notice.Recipient.Email!.Trim();
        var toName = notice.Recipient.Address.Name;
        var mime = MimeMessageWriter.Write(notice.Id, issuer.EmailFromAddress, issuer.EmailFromName, to, toName, rendered.Subject, rendered.Text, rendered.Html, clock.GetUtcNow());
        var outgoing = new OutgoingEmail(notice.Id, issuer.EmailFromAddress, issuer.EmailFromName, to, toName, rendered.Subject, rendered.Text, rendered.Html, mime);
        var sent = await email.SendAsync(outgoing, cancellationToken).ConfigureAwait(false);
        return new NoticeDelivery(EmailChannel, clock.GetUtcNow(), archived ?? sent);
    }

    private async Task<NoticeDelivery> LetterAsync(Notice notice, CancellationToken cancellationToken)
    {
        var (content, extension, contentType) = options.LetterFormat == LetterFormat.Pdf
            ? (renderer.RenderLetterPdf(notice), "pdf", "application/pdf")
            : (Encoding.UTF8.GetBytes(renderer.RenderLetterHtml(notice)), "html", "text/html; charset=utf-8");
        var location = await archive.StoreAsync(ArchiveName("letters", notice, extension), content, contentType, cancellationToken).ConfigureAwait(false);
        return new NoticeDelivery(LetterChannel, clock.GetUtcNow(), location);
    }

    private async Task RecordFailureAsync(OutboxEntry entry, Exception error, CancellationToken cancellationToken)
    {
        var attempts = entry.Attempts + 1;
        var next = clock.GetUtcNow() + Backoff(attempts, options.MaxRetryMinutes);
        var reason = Describe(error);
        LogFailed(entry.Notice.Id, attempts, reason, next);
        try
        {
            await outbox.MarkFailedAsync(entry.Notice.Id, attempts, next, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The notice stays pending as it was and is tried again on a later pass.
            LogNotRecorded(entry.Notice.Id, Describe(e));
        }
    }

    /// <summary>"letters/2017/07/{id}.pdf": by kind of copy, the notice's year and month, and its id.</summary>
    private static string ArchiveName(string folder, Notice notice, string extension) =>
        $"{folder}/{notice.Date:yyyy}/{notice.Date:MM}/{notice.Id}.{extension}";

    /// <summary>What went wrong without personal data: the exception type and an HTTP status, never the message (it may name a person or an address).</summary>
    private static string Describe(Exception error) =>
        error is HttpRequestException { StatusCode: { } status }
            ? $"{error.GetType().Name} {(int)status}"
            : error.GetType().Name;

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {NoticeId} ({Kind}) delivered by {Channel}")]
    private partial void LogDelivered(string noticeId, string kind, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId}: attempt {Attempts} failed ({Reason}); next attempt at {NextAttemptAt:o}")]
    private partial void LogFailed(string noticeId, int attempts, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice {NoticeId}: the failed attempt could not be recorded ({Reason})")]
    private partial void LogNotRecorded(string noticeId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox pass: {Delivered} delivered, {Failed} failed")]
    private partial void LogPass(int delivered, int failed);
}
