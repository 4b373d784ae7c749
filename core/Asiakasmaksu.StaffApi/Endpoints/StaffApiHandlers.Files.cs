using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>The billing office's files: imported billing files with their rejected lines, and bank payment files.</summary>
public sealed partial class StaffApiHandlers
{
    /// <summary>GET /api/billing-files?limit=&amp;continuation=: the billing files read, newest first, with their counts.</summary>
    public Task<IResult> ListBillingFilesAsync(HttpContext context) => ListFilesAsync(context, ImportedFileRecord.Billing);

    /// <summary>GET /api/payment-files?limit=&amp;continuation=: the bank payment files read, newest first, with applied and unmatched counts.</summary>
    public Task<IResult> ListPaymentFilesAsync(HttpContext context) => ListFilesAsync(context, ImportedFileRecord.PaymentFiles);

    /// <summary>GET /api/billing-files/{fileId}/rejected-lines: the file's rejected lines (line, column, reason) as the CSV error report.</summary>
    public Task<IResult> GetRejectedLinesAsync(HttpContext context, string fileId) => ReadAsync(context, async _ =>
    {
        RouteIds.Key(fileId, "fileId");
        if (services.Imports is not { } log || services.BillingFiles is not { } files)
        {
            return Problems.Unavailable("the import log is not configured on this host");
        }

        var record = await log.FindAsync(ImportedFileRecord.Billing, fileId, context.RequestAborted).ConfigureAwait(false);
        var report = record is null ? null : await files.OpenErrorReportAsync(record.FileName, context.RequestAborted).ConfigureAwait(false);
        if (report is null)
        {
            return Problems.NotFound($"no rejected lines for file {Clip(fileId)}");
        }

        await using (report.ConfigureAwait(false))
        {
            using var copy = new MemoryStream();
            await report.CopyToAsync(copy, context.RequestAborted).ConfigureAwait(false);
            return new ApiResponse(StatusCodes.Status200OK, "text/csv; charset=utf-8", copy.ToArray());
        }
    });

    private Task<IResult> ListFilesAsync(HttpContext context, string kind) => ReadAsync(context, async _ =>
    {
        if (services.Imports is not { } log)
        {
            return Problems.Unavailable("the import log is not configured on this host");
        }

        var query = ListQuery.Read(context.Request, $"{kind}-files");
        var page = await log.ListPageAsync(kind, query.Page, context.RequestAborted).ConfigureAwait(false);
        return query.Answer(page, FileView, StaffApiJson.Default.PageImportedFileView);
    });

    private static ImportedFileView FileView(ImportedFileRecord r) => new(
        r.Id,
        r.FileName,
        JsonInstants.Format(r.At),
        r.Refusal,
        r.Stopped,
        r.Kind == ImportedFileRecord.Billing && r.ErrorReport is not null,
        r.Lines,
        r.Accepted,
        r.Rejected,
        r.Warnings,
        r.InvoicesCreated,
        r.Amount.ToString(),
        r.Format,
        r.Payments,
        r.Applied,
        r.Unmatched,
        r.UnmatchedAmount.ToString());
}
