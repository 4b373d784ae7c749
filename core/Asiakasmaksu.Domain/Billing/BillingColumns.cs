namespace Asiakasmaksu.Domain.Billing;

/// <summary>The column names of a billing file (docs/billing-file.md).</summary>
public static class BillingColumns
{
#pragma warning disable CS1591 // The names are their own documentation.
    public const string BatchId = "batch_id";
    public const string LineId = "line_id";
    public const string ClientId = "client_id";
    public const string Name = "name";
    public const string Street = "street";
    public const string PostalCode = "postal_code";
    public const string City = "city";
    public const string Language = "language";
    public const string ServiceCode = "service_code";
    public const string ServiceDate = "service_date";
    public const string Amount = "amount";
    public const string Ceiling = "ceiling";
    public const string InvoiceDate = "invoice_date";
    public const string Ssn = "ssn";
    public const string Email = "email";
    public const string RecipientName = "recipient_name";
    public const string RecipientStreet = "recipient_street";
    public const string RecipientPostalCode = "recipient_postal_code";
    public const string RecipientCity = "recipient_city";
    public const string Quantity = "quantity";
    public const string UnitPrice = "unit_price";
    public const string ServiceCategory = "service_category";
    public const string Days = "days";
    public const string CeilingHolderId = "ceiling_holder_id";
    public const string EInvoiceAddress = "einvoice_address";
    public const string EInvoiceOperator = "einvoice_operator";
#pragma warning restore CS1591

    /// <summary>The columns every file must have (any order).</summary>
    public static IReadOnlyList<string> Required { get; } =
        [BatchId, LineId, ClientId, Name, Street, PostalCode, City, Language, ServiceCode, ServiceDate, Amount, Ceiling, InvoiceDate];

    /// <summary>The columns a file may have.</summary>
    public static IReadOnlyList<string> Optional { get; } =
        [Ssn, Email, RecipientName, RecipientStreet, RecipientPostalCode, RecipientCity, Quantity, UnitPrice, ServiceCategory, Days, CeilingHolderId, EInvoiceAddress, EInvoiceOperator];
}
