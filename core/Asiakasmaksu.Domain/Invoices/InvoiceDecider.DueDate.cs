namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>
    /// <paramref name="after"/>, one event on from <paramref name="before"/>, with the invoice's own due
    /// date carried on (<see cref="IssuedInvoice.DueDate"/>): while the invoice has not reached
    /// collection (stage invoiced or overdue) its due date is the stage's, which deferrals, missed
    /// installments and rectification decisions set; from the reminder on, the stage holds the
    /// notices' due dates and the invoice's own stays as it was (also when an undone transfer leaves
    /// it awaiting a new due date, until a deferral sets one).
    /// </summary>
    private static IssuedInvoice WithInvoiceDueDate(OpenInvoice before, IssuedInvoice after) => after with
    {
        EventCount = before.EventCount + 1,
        DueDate = after.Stage is Stage.Invoiced or Stage.Overdue && after.Stage.DueDate is { } due ? due : before.DueDate,
    };
}
