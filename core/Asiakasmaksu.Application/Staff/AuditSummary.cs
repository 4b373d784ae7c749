using System.Globalization;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Staff;

/// <summary>The short, non-personal summary of an invoice that audit records keep as before and after.</summary>
internal static class AuditSummary
{
    public static string? Of(IssuedInvoice? invoice) => invoice is null
        ? null
        : string.Create(
            CultureInfo.InvariantCulture,
            $"status={invoice.Status};stage={invoice.Stage.Name};dueDate={invoice.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)};noticeDueDate={invoice.Stage.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"};principal={invoice.Ledger.Principal};fees={invoice.Ledger.Fees};interest={invoice.Ledger.Interest};credit={invoice.Ledger.Credit};version={invoice.Version}");
}
