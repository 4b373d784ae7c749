namespace Asiakasmaksu.Domain.References;

/// <summary>What a virtual bank barcode (virtuaaliviivakoodi) carries.</summary>
/// <param name="Version">4 (national reference) or 5 (RF creditor reference).</param>
/// <param name="Iban">The payee's Finnish IBAN, electronic form ("FI" + 16 digits).</param>
/// <param name="Amount">The amount; zero when the barcode leaves it to the payer.</param>
/// <param name="Reference">Version 4: the national reference without leading zeros; version 5: the RF reference ("RF" + check digits + reference without leading zeros).</param>
/// <param name="DueDate">The due date, or null when the barcode has none ("000000").</param>
public sealed record VirtualBarcodeData(int Version, string Iban, Money Amount, string Reference, DateOnly? DueDate);
