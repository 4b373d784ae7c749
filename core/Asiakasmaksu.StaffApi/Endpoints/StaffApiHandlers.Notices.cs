using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// The notices an invoice caused and their rendered files, as the outbox delivered and kept them.
/// Every role reads them; nothing of a notice (names, addresses, amounts) is logged.
/// </summary>
public sealed partial class StaffApiHandlers
{
    /// <summary>
    /// GET /api/invoices/{invoiceId}/notices: the notices the invoice's events caused, oldest first
    /// (replayed from its history with the ids the outbox gave them), each with how and when it went
    /// out (its delivery record) and whether its file can be opened.
    /// </summary>
    public Task<IResult> ListInvoiceNoticesAsync(HttpContext context, string invoiceId) => ReadAsync(context, async _ =>
    {
        RouteIds.Invoice(invoiceId);
        if (services.Outbox is not { } outbox || services.Notices is not { } archive)
        {
            return Problems.Unavailable("the notice archive is not configured on this host");
        }

        var stored = await services.Store.LoadAsync(new InvoiceId(invoiceId), context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return Problems.NotFound($"no invoice {Clip(invoiceId)}");
        }

        var notices = NoticesOf(stored);
        var views = new NoticeView[notices.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, notices.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = context.RequestAborted }, async (i, ct) =>
        {
            var notice = notices[i];
            var delivery = await outbox.DeliveryOfAsync(notice.Id, ct).ConfigureAwait(false);
            var file = delivery is null ? null : await archive.ReadAsync(delivery.Location, ct).ConfigureAwait(false);
            views[i] = new NoticeView(notice.Id, notice.Kind.Name(), notice.Date, notice.DueDate, delivery?.Channel, delivery?.At, file is not null);
        }).ConfigureAwait(false);
        return ApiJson.Ok(new InvoiceNotices(invoiceId, views), StaffApiJson.Default.InvoiceNotices);
    });

    /// <summary>
    /// GET /api/invoices/{invoiceId}/notices/{noticeId}/file: the notice's rendered file as the outbox
    /// kept it (a PDF or HTML letter, an email's HTML or .eml message, a Finvoice message), with its
    /// media type; 404 while it waits in the outbox, or when its channel kept no copy.
    /// </summary>
    public Task<IResult> GetNoticeFileAsync(HttpContext context, string invoiceId, string noticeId) => ReadAsync(context, async _ =>
    {
        RouteIds.Invoice(invoiceId);
        if (!noticeId.StartsWith(invoiceId + "-", StringComparison.Ordinal) || noticeId.Length is < 30 or > 34 || noticeId.AsSpan(invoiceId.Length + 1).ContainsAnyExceptInRange('0', '9'))
        {
            // Never echoed: only the invoice's own notice ids ({invoiceId}-0001, …) get this far.
            throw new BadRequest("noticeId", "noticeId must be one of the invoice's notices, e.g. {invoiceId}-0001 (GET …/notices lists them).");
        }

        if (services.Outbox is not { } outbox || services.Notices is not { } archive)
        {
            return Problems.Unavailable("the notice archive is not configured on this host");
        }

        var stored = await services.Store.LoadAsync(new InvoiceId(invoiceId), context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return Problems.NotFound($"no invoice {Clip(invoiceId)}");
        }

        if (!NoticesOf(stored).Any(n => n.Id == noticeId))
        {
            return Problems.NotFound($"invoice {Clip(invoiceId)} has no notice {Clip(noticeId)}");
        }

        var delivery = await outbox.DeliveryOfAsync(noticeId, context.RequestAborted).ConfigureAwait(false);
        if (delivery is null)
        {
            return Problems.NotFound($"notice {Clip(noticeId)} has not been sent yet");
        }

        if (await archive.ReadAsync(delivery.Location, context.RequestAborted).ConfigureAwait(false) is not { } file)
        {
            return Problems.NotFound($"no copy of notice {Clip(noticeId)} is kept (sent by {delivery.Channel})");
        }

        var name = Path.GetExtension(file.FileName) is { Length: > 0 } extension ? noticeId + extension : noticeId;
        return new ApiResponse(StatusCodes.Status200OK, file.ContentType, file.Content.ToArray()) { ContentDisposition = $"inline; filename=\"{name}\"" };
    });

    /// <summary>The notices the invoice's events caused, in order, with their outbox ids (<see cref="NoticeComposer"/>, replayed).</summary>
    private static IReadOnlyList<Notice> NoticesOf(StoredInvoice stored) =>
        NoticeComposer.Apply(InvoiceState.None, stored.History.Select(e => e.Event)).Notices;
}
