namespace Asiakasmaksu.Rendering.Letters;

/// <summary>What the payment slip (tilisiirto) at the foot of a letter's first page shows, formatted.</summary>
/// <param name="Iban">The payee's IBAN, in groups of four.</param>
/// <param name="Bic">The payee's BIC.</param>
/// <param name="Payee">The payee's name and address lines.</param>
/// <param name="Payer">The payer's (the letter's recipient's) name and address lines.</param>
/// <param name="InvoiceNumber">The invoice number, printed as the payment's own information.</param>
/// <param name="Reference">The national reference, in groups of five.</param>
/// <param name="DueDate">The due date, d.M.yyyy.</param>
/// <param name="Amount">The amount in euros, with a decimal comma.</param>
/// <param name="Barcode">The 54-digit virtual bank barcode, drawn as Code 128 (subset C).</param>
internal sealed record PaymentSlip(
    string Iban,
    string Bic,
    IReadOnlyList<string> Payee,
    IReadOnlyList<string> Payer,
    string? InvoiceNumber,
    string Reference,
    string DueDate,
    string Amount,
    string Barcode);
