using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// The two due dates every JSON form of an invoice carries (simulate's invoices.json, the staff
/// API's invoice, list and change answers): <c>dueDate</c>, the invoice's own
/// (<see cref="IssuedInvoice.DueDate"/>: the payment term's, as deferrals before collection, missed
/// installments and rectification decisions set it; reminders and letters never move it), and
/// <c>noticeDueDate</c>, the due date the next step counts from (<see cref="Stage.DueDate"/>: the
/// invoice's before collection, then the latest reminder's or collection letter's; null in
/// enforcement and while an undone transfer awaits a new due date).
/// </summary>
public static class InvoiceDueDates
{
    /// <summary>Writes <c>dueDate</c> and <c>noticeDueDate</c> of <paramref name="invoice"/>.</summary>
    public static void Write(Utf8JsonWriter w, IssuedInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(invoice);
        Write(w, invoice.DueDate, invoice.Stage.DueDate);
    }

    /// <summary>Writes <c>dueDate</c> and <c>noticeDueDate</c> as given (null as JSON null).</summary>
    public static void Write(Utf8JsonWriter w, DateOnly? dueDate, DateOnly? noticeDueDate)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteString("dueDate", Iso(dueDate));
        w.WriteString("noticeDueDate", Iso(noticeDueDate));
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
