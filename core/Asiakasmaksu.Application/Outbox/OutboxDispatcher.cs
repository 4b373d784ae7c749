using System.Net.Mail;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// Delivers the outbox: finds the notices due now (all of them, one invoice's, or the ones named),
/// claims each in the store before touching it, renders it in its language, sends it as an e-invoice
/// (Finvoice) when the recipient has an e-invoice address and the notice is an invoice or a reminder
/// (<see cref="EInvoicing"/>), else emails it when the recipient has an address, otherwise stores the
/// printable letter (PDF or HTML) in the archive for printing, and marks it sent under its claim. Passes may overlap (orchestrations, the timer, the
/// simulator): only the dispatcher holding a notice's claim delivers it, so each notice goes out once.
/// A failed attempt is recorded and tried again after an exponential pause (1, 2, 4, … minutes, at
/// most <see cref="DispatchOptions.MaxRetryMinutes"/>). A claim whose holder dies runs out after
/// <see cref="ClaimLease"/>, and the notice is then delivered by whoever claims it next. The senders
/// are idempotent by notice id where they can be (the .eml folder writes a file once; SendGrid
/// carries the notice and claim ids so a duplicate can be told, docs/notices.md). Logs carry notice
/// ids, kinds and channels, never names, addresses or amounts.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    NoticeRenderer renderer,
    IssuerProfile issuer,
    IEmailSender email,
    INoticeArchive archive,
    TimeProvider clock,
    DispatchOptions options,
    ILogger<OutboxDispatcher>? logger = null,
    IEInvoiceSender? einvoices = null,
    IInvoiceStore? invoices = null) : INoticeDispatcher
{
    /// <summary>The channel of e-invoices (Finvoice) in <see cref="NoticeDelivery.Channel"/>.</summary>
    public const string EInvoiceChannel = "einvoice";

    /// <summary>The channel of emailed notices in <see cref="NoticeDelivery.Channel"/>.</summary>
    public const string EmailChannel = "email";

    /// <summary>The channel of printed letters in <see cref="NoticeDelivery.Channel"/>.</summary>
    public const string LetterChannel = "letter";

    /// <summary>
    /// The "channel" of a notice not sent because it would ask for money no longer claimed
    /// (<see cref="WithheldAsync"/>); its <see cref="NoticeDelivery.Location"/> is empty.
    /// </summary>
    public const string WithheldChannel = "withheld";

    /// <summary>
    /// How long a claim holds a notice: 10 minutes. Long enough that a living holder always marks
    /// its notice inside it: one delivery takes seconds (rendering a PDF about 0.1 s, an archive write,
    /// one SendGrid call, one mark), the slowest send that can still succeed waits for SendGrid's HTTP
    /// timeout (100 s), and a send only starts while <see cref="SendReserve"/> is left. Short enough not
    /// to matter when a holder dies: its notice goes out at most 10 minutes late (notice dates are
    /// days), which is also the period of the Functions outbox timer that sweeps it up.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The least that must be left of a claim for an email to be handed to the sender: 5 minutes,
    /// three times SendGrid's 100 s HTTP timeout, so that SendGrid's answer and the mark after it come
    /// while the claim still holds and no other dispatcher can have claimed the notice meanwhile. A
    /// delivery that got slower than that (a starved machine) stops before sending and counts as a failed attempt.
    /// </summary>
    public static readonly TimeSpan SendReserve = TimeSpan.FromMinutes(5);

    /// <summary>How many times marking a sent notice is tried before the dispatcher gives up and leaves it to its claim running out.</summary>
    public const int MarkAttempts = 3;

    private readonly ILogger log = logger ?? NullLogger<OutboxDispatcher>.Instance;

    /// <summary>Where e-invoices go: the sender given, else the archive's <c>einvoices/</c> folder.</summary>
    private readonly IEInvoiceSender einvoiceSender = einvoices ?? new ArchiveEInvoiceSender(archive);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(CancellationToken cancellationToken)
    {
        var due = await DistinctAsync(outbox.PendingAsync(clock.GetUtcNow(), options.MaxPerPass, cancellationToken)).ConfigureAwait(false);
        return await DeliverAsync(due, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchForInvoiceAsync(InvoiceId invoiceId, CancellationToken cancellationToken)
    {
        var due = await DistinctAsync(outbox.PendingForInvoiceAsync(invoiceId, clock.GetUtcNow(), cancellationToken)).ConfigureAwait(false);
        return await DeliverAsync(due, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DispatchedNotice>> DispatchNoticesAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noticeIds);
        return DeliverAsync([.. noticeIds.Distinct(StringComparer.Ordinal).Select(id => new Wanted(id, null, null))], cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DispatchedNotice>> DispatchCommittedAsync(IReadOnlyCollection<Notice> committed, NoticeHold? hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committed);
        return DeliverAsync([.. committed.DistinctBy(n => n.Id, StringComparer.Ordinal).Select(n => new Wanted(n.Id, n, hold))], cancellationToken);
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

    /// <summary>
    /// True when <paramref name="notice"/> goes out as an e-invoice: the issuer sends e-invoices
    /// (<see cref="IssuerProfile.SendsEInvoices"/>) and the notice is one (<see cref="EInvoicing.Applies"/>:
    /// an invoice or a reminder asking for a payment, to a recipient with an e-invoice address).
    /// </summary>
    public bool GoesByEInvoice(Notice notice) => issuer.SendsEInvoices && EInvoicing.Applies(notice);

    /// <summary>The entries' notices, each once, as stored (their claims need not read them back).</summary>
    private static async Task<List<Wanted>> DistinctAsync(IAsyncEnumerable<OutboxEntry> entries)
    {
        var wanted = new List<Wanted>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in entries.ConfigureAwait(false))
        {
            if (seen.Add(entry.Notice.Id))
            {
                wanted.Add(new Wanted(entry.Notice.Id, entry.Notice, null));
            }
        }

        return wanted;
    }

    /// <summary>Claims and delivers <paramref name="notices"/>, <see cref="DispatchOptions.Parallelism"/> at once; returns the ones this pass delivered and marked, in the given order.</summary>
    private async Task<IReadOnlyList<DispatchedNotice>> DeliverAsync(IReadOnlyList<Wanted> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return [];
        }

        var delivered = new DispatchedNotice?[notices.Count];
        var claimed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, notices.Count), parallel, async (i, token) =>
        {
            if (await ClaimAsync(notices[i], token).ConfigureAwait(false) is { } claim)
            {
                Interlocked.Increment(ref claimed);
                delivered[i] = await DeliverAsync(claim, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        var result = delivered.OfType<DispatchedNotice>().ToList();
        LogPass(result.Count, claimed - result.Count, notices.Count - claimed);
        return result;
    }

    private async Task<OutboxClaim?> ClaimAsync(Wanted notice, CancellationToken cancellationToken)
    {
        try
        {
            var now = clock.GetUtcNow();
            var lease = clock.Lasting(ClaimLease);
            return notice switch
            {
                { Stored: { } stored, Hold: { } hold } => await outbox.ClaimHeldAsync(stored, hold, now, lease, cancellationToken).ConfigureAwait(false),
                { Stored: { } stored } => await outbox.ClaimAsync(stored, now, lease, cancellationToken).ConfigureAwait(false),
                _ => await outbox.ClaimAsync(notice.NoticeId, now, lease, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Nothing was sent; a later pass tries again.
            LogNotClaimed(notice.NoticeId, Describe(e));
            return null;
        }
    }

    /// <summary>What went wrong without personal data: the exception type and an HTTP status, never the message (it may name a person or an address).</summary>
    private static string Describe(Exception error) =>
        error is HttpRequestException { StatusCode: { } status }
            ? $"{error.GetType().Name} {(int)status}"
            : error.GetType().Name;

    /// <summary>A notice to deliver: its id, the notice itself when the caller holds it as stored, and the claim its commit stored it under, if any.</summary>
    private readonly record struct Wanted(string NoticeId, Notice? Stored, NoticeHold? Hold);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox pass: {Delivered} delivered, {Failed} not delivered, {Skipped} skipped (claimed elsewhere, delivered or not due)")]
    private partial void LogPass(int delivered, int failed, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId} could not be claimed ({Reason}); a later pass tries again")]
    private partial void LogNotClaimed(string noticeId, string reason);
}
