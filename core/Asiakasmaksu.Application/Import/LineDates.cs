using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The date rules a billing line is held to beyond its format (docs/billing-file.md, "Dates"), in
/// this order: an invoice date not too far ahead of the import day, a service date not too long
/// after the invoice date (rejected) nor before it by more than the limit (rejected), and a service
/// date after the invoice date within the limit imported with a warning.
/// </summary>
internal static class LineDates
{
    /// <summary>Why <paramref name="line"/> is rejected, or a warning to give about it; both null when its dates are plausible.</summary>
    public static (LineRejection? Rejection, LineRejection? Warning) Check(BillingLine line, DateOnly importDay, ImportLimits limits)
    {
        LineRejection At(string column, string reason) => new(line.LineNumber, column, reason, line.ClientId);

        if (limits.MaxDaysAhead is { } ahead && line.InvoiceDate > importDay.AddDays(ahead))
        {
            return (At(BillingColumns.InvoiceDate, $"invoice_date is more than {ahead} days after the day the file was imported: check the date (an invoice is dated about when it is sent)"), null);
        }

        if (line.ServiceDate > line.InvoiceDate.AddDays(limits.MaxServiceDaysAfterInvoice))
        {
            return (At(BillingColumns.ServiceDate, $"service_date is more than {limits.MaxServiceDaysAfterInvoice} days after the invoice_date: a service is billed after it is given (rent at most a month ahead)"), null);
        }

        if (line.ServiceDate < line.InvoiceDate.AddMonths(-limits.MaxServiceMonthsBeforeInvoice))
        {
            return (At(BillingColumns.ServiceDate, $"service_date is more than {limits.MaxServiceMonthsBeforeInvoice} months before the invoice_date: check the date; an older service is billed by the client-fee team, not a billing file"), null);
        }

        return line.ServiceDate > line.InvoiceDate
            ? (null, At(BillingColumns.ServiceDate, "service_date is after the invoice_date (billed in advance): check that it is meant"))
            : (null, null);
    }
}
