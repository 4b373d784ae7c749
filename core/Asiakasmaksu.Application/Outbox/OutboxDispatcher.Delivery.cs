using System.Text;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>One claimed notice: render, send or store, mark under the claim.</summary>
public sealed partial class OutboxDispatcher
{
    private async Task<DispatchedNotice?> DeliverAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var notice = claim.Entry.Notice;
        if (claim.Reclaimed)
        {
            LogReclaimed(notice.Id, claim.Entry.Attempts);
        }

        NoticeDelivery delivery;
        try
        {
            delivery = await WithheldAsync(claim, cancellationToken).ConfigureAwait(false) is { } withheld ? withheld
                : GoesByEInvoice(notice) ? await EInvoiceAsync(notice, cancellationToken).ConfigureAwait(false)
                : CanEmail(notice) ? await EmailAsync(claim, cancellationToken).ConfigureAwait(false)
                : await LetterAsync(notice, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(claim, e, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return await MarkSentAsync(claim, delivery).ConfigureAwait(false) ? new DispatchedNotice(notice, delivery) : null;
    }

    /// <summary>
    /// A notice that asks for payment and waited in the outbox (stored ahead of its own date, such as
    /// an invoice imported before its invoice date, or tried again after a failure) is not sent when
    /// its invoice was closed meanwhile without being paid (written off for an estate, waived,
    /// cancelled): it would ask for money no longer claimed, after the estate or the client was told
    /// so. It is marked <see cref="WithheldChannel"/> instead, so that it is kept and told, never lost.
    /// A notice delivered when it was stored (a step's own notice) needs no such read. A paid invoice's
    /// letter still goes: it is the invoice (ceiling and rectification information, 734/1992 2 a §).
    /// </summary>
    private async Task<NoticeDelivery?> WithheldAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var entry = claim.Entry;
        var notice = entry.Notice;
        var waited = entry.Attempts > 0 || claim.Reclaimed || OutboxTiming.FirstAttempt(notice, entry.StoredAt) > entry.StoredAt;
        if (invoices is null || notice.InvoiceId is not { } invoiceId || !AsksPayment(notice.Kind) || !waited)
        {
            return null;
        }

        var stored = await invoices.LoadAsync(invoiceId, cancellationToken).ConfigureAwait(false);
        if (stored?.State is not ClosedInvoice { Closure: Closure.WrittenOff or Closure.Waived or Closure.Cancelled })
        {
            return null;
        }

        LogWithheld(notice.Id, notice.Kind.Name());
        return new NoticeDelivery(WithheldChannel, clock.GetUtcNow(), string.Empty);
    }

    /// <summary>The kinds that ask the client to pay (with a due date, references or installments).</summary>
    private static bool AsksPayment(NoticeKind kind) => kind is NoticeKind.Invoice or NoticeKind.Reminder
        or NoticeKind.CollectionLetter1 or NoticeKind.CollectionLetter2
        or NoticeKind.DeferralConfirmation or NoticeKind.DeferralRefused or NoticeKind.PaymentPlanConfirmation;

    private async Task<NoticeDelivery> EmailAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var notice = claim.Entry.Notice;
        var rendered = renderer.Render(notice);
        var archived = options.ArchiveRendered
            ? await archive.StoreAsync(ArchiveName("email", notice, "html"), Encoding.UTF8.GetBytes(rendered.Html), "text/html; charset=utf-8", cancellationToken).ConfigureAwait(false)
            : null;
        var to = notice.Recipient.Email!.Trim();
        var toName = notice.Recipient.Address.Name;
        var mime = MimeMessageWriter.Write(notice.Id, issuer.EmailFromAddress, issuer.EmailFromName, to, toName, rendered.Subject, rendered.Text, rendered.Html, clock.GetUtcNow());
        var outgoing = new OutgoingEmail(notice.Id, issuer.EmailFromAddress, issuer.EmailFromName, to, toName, rendered.Subject, rendered.Text, rendered.Html, mime, claim.Token);
        if (clock.GetUtcNow() > claim.Until - clock.Lasting(SendReserve))
        {
            throw new TimeoutException("The claim has too little time left to send.");
        }

        var sent = await email.SendAsync(outgoing, cancellationToken).ConfigureAwait(false);
        return new NoticeDelivery(EmailChannel, clock.GetUtcNow(), archived ?? sent);
    }

    /// <summary>The Finvoice message, kept in the archive too with <see cref="DispatchOptions.ArchiveRendered"/> (the operator's pickup may delete its copy), then handed to the e-invoice sender.</summary>
    private async Task<NoticeDelivery> EInvoiceAsync(Notice notice, CancellationToken cancellationToken)
    {
        var message = renderer.RenderEInvoice(notice);
        var archived = options.ArchiveRendered
            ? await archive.StoreAsync(ArchiveName("einvoice", notice, "xml"), message, "application/xml", cancellationToken).ConfigureAwait(false)
            : null;
        var sent = await einvoiceSender.SendAsync(new OutgoingEInvoice(notice.Id, message), cancellationToken).ConfigureAwait(false);
        return new NoticeDelivery(EInvoiceChannel, clock.GetUtcNow(), archived ?? sent);
    }

    private async Task<NoticeDelivery> LetterAsync(Notice notice, CancellationToken cancellationToken)
    {
        var (content, extension, contentType) = options.LetterFormat == LetterFormat.Pdf
            ? (renderer.RenderLetterPdf(notice), "pdf", "application/pdf")
            : (Encoding.UTF8.GetBytes(renderer.RenderLetterHtml(notice)), "html", "text/html; charset=utf-8");
        var location = await archive.StoreAsync(ArchiveName("letters", notice, extension), content, contentType, cancellationToken).ConfigureAwait(false);
        return new NoticeDelivery(LetterChannel, clock.GetUtcNow(), location);
    }

    /// <summary>
    /// Marks a delivered notice sent, right after the sender accepted it and under the claim that is
    /// still running. Not cancelled with the pass: once a notice has gone out, recording it is what
    /// keeps it from going out again. Tried <see cref="MarkAttempts"/> times; if the store still
    /// fails, the claim is left to run out (no failure is recorded: the send did not fail), and the
    /// notice is delivered again after that, the one duplicate the outbox cannot rule out.
    /// </summary>
    private async Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery)
    {
        var notice = claim.Entry.Notice;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await outbox.MarkSentAsync(claim, delivery, CancellationToken.None).ConfigureAwait(false))
                {
                    LogDelivered(notice.Id, notice.Kind.Name(), delivery.Channel);
                    return true;
                }

                LogTakenOver(notice.Id, delivery.Channel);
                return false;
            }
            catch (Exception e) when (attempt >= MarkAttempts)
            {
                LogNotMarked(notice.Id, delivery.Channel, Describe(e), claim.Until);
                return false;
            }
            catch (Exception)
            {
                // The store answered with an error: try again at once (its client has already waited between its own retries).
            }
        }
    }

    private async Task RecordFailureAsync(OutboxClaim claim, Exception error, CancellationToken cancellationToken)
    {
        var id = claim.Entry.Notice.Id;
        var attempts = claim.Entry.Attempts + 1;
        var next = clock.GetUtcNow() + clock.Lasting(Backoff(attempts, options.MaxRetryMinutes));
        var reason = Describe(error);
        LogFailed(id, attempts, reason, next);
        try
        {
            if (!await outbox.MarkFailedAsync(claim, attempts, next, reason, cancellationToken).ConfigureAwait(false))
            {
                LogFailureNotOurs(id);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The claim stays until it runs out; the notice is tried again after that.
            LogNotRecorded(id, Describe(e));
        }
    }

    /// <summary>"letters/2017/07/{id}.pdf": by kind of copy, the notice's year and month, and its id.</summary>
    private static string ArchiveName(string folder, Notice notice, string extension) =>
        $"{folder}/{notice.Date:yyyy}/{notice.Date:MM}/{notice.Id}.{extension}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {NoticeId} ({Kind}) not sent: its invoice was closed unpaid while it waited (written off, waived or cancelled)")]
    private partial void LogWithheld(string noticeId, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {NoticeId} ({Kind}) delivered by {Channel}")]
    private partial void LogDelivered(string noticeId, string kind, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId}: attempt {Attempts} failed ({Reason}); next attempt at {NextAttemptAt:o}")]
    private partial void LogFailed(string noticeId, int attempts, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice {NoticeId}: the failed attempt could not be recorded ({Reason}); tried again once its claim runs out")]
    private partial void LogNotRecorded(string noticeId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId}: the failed attempt was not recorded, its claim had been taken over or it was delivered meanwhile")]
    private partial void LogFailureNotOurs(string noticeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice {NoticeId} was delivered by {Channel} but could not be marked sent ({Reason}): it is delivered again after its claim runs out at {ClaimUntil:o} (a possible duplicate)")]
    private partial void LogNotMarked(string noticeId, string channel, string reason, DateTimeOffset claimUntil);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice {NoticeId} was delivered by {Channel} after its claim had been taken over (it ran out): a possible duplicate")]
    private partial void LogTakenOver(string noticeId, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId}: an earlier claim ran out unmarked ({Attempts} failed attempts recorded); if its holder had sent it, this is a duplicate")]
    private partial void LogReclaimed(string noticeId, int attempts);
}
