namespace Asiakasmaksu.Rendering.Model;

/// <summary>
/// Everything a template may show of one notice, already formatted for its language (the
/// templates only place and word it). Scriban sees the properties in snake_case
/// (<c>notice.due_date</c>, <c>payment.barcode</c>).
/// </summary>
/// <param name="Notice">What the notice is and its dates.</param>
/// <param name="Issuer">The welfare area.</param>
/// <param name="Recipient">Who receives it (a guardian or relative when the line names one).</param>
/// <param name="Amounts">What is owed (or given up, or written off).</param>
/// <param name="Payment">How to pay, for notices that ask for payment (and payment plans); else null.</param>
/// <param name="Lines">Invoice lines (invoices).</param>
/// <param name="LinesHaveQuantity">True when some line gives a quantity and unit price (the column is shown).</param>
/// <param name="CeilingSum">The sum of the lines counting toward the payment ceiling, or null when none counts (invoices).</param>
/// <param name="Installments">Installments (payment plans).</param>
/// <param name="WrittenOff">Invoices written off (estate confirmations).</param>
/// <param name="Letter">True when rendered as a printable letter (address block, print layout).</param>
/// <param name="FeeReduction">The decision a fee-reduction decision notice tells; null for other kinds.</param>
/// <param name="Ceiling">The annual payment ceiling (free card, revocation and statement notices); else null.</param>
internal sealed record NoticeView(
    NoticeInfoView Notice,
    IssuerView Issuer,
    RecipientView Recipient,
    AmountsView Amounts,
    PaymentView? Payment,
    IReadOnlyList<LineView> Lines,
    bool LinesHaveQuantity,
    string? CeilingSum,
    IReadOnlyList<InstallmentView> Installments,
    IReadOnlyList<WrittenOffView> WrittenOff,
    bool Letter,
    FeeReductionView? FeeReduction = null,
    CeilingView? Ceiling = null);

/// <summary>What the notice is; <c>InvoiceNumber</c> is the readable invoice number (the invoice id for an invoice issued before numbers were allocated), null for a notice of no single invoice.</summary>
internal sealed record NoticeInfoView(
    string Id,
    string Kind,
    string Language,
    string Title,
    string Date,
    string? InvoiceNumber,
    string ClientId,
    string ClientName,
    bool IsRepresentative,
    string? InvoiceDate,
    string? DueDate,
    string? PreviousDueDate,
    string? InventoryDate,
    bool IsCorrection);

/// <summary>The issuer as printed.</summary>
internal sealed record IssuerView(
    string Name,
    string Street,
    string PostalCode,
    string City,
    string BusinessId,
    string Iban,
    string Bic,
    string Phone,
    string Email,
    string RectificationAuthority,
    string RectificationStreet,
    string RectificationPostalCode,
    string RectificationCity);

/// <summary>The recipient's name and postal address.</summary>
internal sealed record RecipientView(string Name, string Street, string PostalCode, string City);

/// <summary>
/// Amounts, formatted; <paramref name="ShowCosts"/> is false when fees and interest are both zero outside collection (an invoice);
/// <paramref name="NothingOwed"/> is true when the total is zero (a corrected invoice that what was paid already covers).
/// </summary>
internal sealed record AmountsView(string Principal, string Fees, string Interest, string Total, bool ShowCosts, bool NothingOwed);

/// <summary>How to pay: the amount and due date (null for a payment plan, whose installments carry their own), references, account and barcode.</summary>
internal sealed record PaymentView(
    string? Amount,
    string? DueDate,
    string Payee,
    string Iban,
    string Bic,
    string Reference,
    string CreditorReference,
    string? Barcode);

/// <summary>
/// One invoice line; <paramref name="ListAmount"/> is the price list's amount when the annual ceiling
/// or a fee-reduction decision charged less than it (else null), and <paramref name="ListNote"/> the
/// string key of the note that says which.
/// </summary>
internal sealed record LineView(string ServiceCode, string ServiceDate, string? Quantity, string Amount, bool CountsTowardCeiling, string Ceiling, string? ListAmount = null, string ListNote = "ceiling.list_price");

/// <summary>One installment of a payment plan, with its own barcode.</summary>
internal sealed record InstallmentView(int Number, string DueDate, string Amount, string Barcode);

/// <summary>One invoice of an estate write-off (its readable number, else its id).</summary>
internal sealed record WrittenOffView(string InvoiceNumber, string InvoiceDate, string Reference, string Amount);

/// <summary>The annual payment ceiling of a holder and year, formatted.</summary>
internal sealed record CeilingView(
    string Year,
    string Ceiling,
    string Accrued,
    string Remaining,
    string? FreeCardFrom,
    string? ReplacedFrom,
    string? RevokedFrom,
    IReadOnlyList<CeilingLineView> Lines);

/// <summary>One line of a ceiling statement: when, what, whose, billed, charged and what of it accrued.</summary>
internal sealed record CeilingLineView(string ServiceDate, string Service, string ClientId, string Billed, string Charged, string Toward);
