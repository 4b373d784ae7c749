namespace Asiakasmaksu.Application.Import;

/// <summary>The reasons the import itself (beyond the reader's field rules) rejects a line with. None repeats a value.</summary>
internal static class ImportReasons
{
    public const string NoTariff = "no tariff is configured for the year of the invoice date";

    public const string LineIdReusedInFile = "line_id already used in the batch with different content (in this file)";

    public const string LineIdReusedEarlier = "line_id already used in the batch with different content (in an earlier file)";

    public const string InvoiceDateDiffers = "invoice_date differs from the client's first line in the batch";

    public const string NamesDiffer = "the client's lines in the batch give different names: the client_id may be shared by two people, so none of them is imported; correct the lines and send them again";

    public const string AddressDiffers = "the address differs from the client's first line in the batch; the invoice goes to the first line's address";

    public const string AlreadyIssued = "the client's invoice in this batch was already issued by an earlier file; send corrections in a new batch";

    /// <summary>The warning for an invoice that arrived after the due date its invoice date gives (the new due date is no field's value).</summary>
    public static string ArrivedLate(DateOnly dueDate) =>
        $"the file arrived after the invoice's due date by its invoice_date: the payment term counts from the day it was imported instead, due {dueDate:yyyy-MM-dd}; no late interest or reminder before then";
}
