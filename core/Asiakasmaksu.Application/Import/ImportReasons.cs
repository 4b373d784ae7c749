namespace Asiakasmaksu.Application.Import;

/// <summary>The reasons the import itself (beyond the reader's field rules) rejects a line with. None repeats a value.</summary>
internal static class ImportReasons
{
    public const string NoTariff = "no tariff is configured for the year of the invoice date";

    public const string LineIdReusedInFile = "line_id already used in the batch with different content (in this file)";

    public const string LineIdReusedEarlier = "line_id already used in the batch with different content (in an earlier file)";

    public const string InvoiceDateDiffers = "invoice_date differs from the client's first line in the batch";

    public const string AlreadyIssued = "the client's invoice in this batch was already issued by an earlier file; send corrections in a new batch";
}
