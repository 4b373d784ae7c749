using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Domain.Payments;

/// <summary>Turns a reference as a bank wrote it (national or RF, spaces, leading zeros) into the national reference digits invoices are found by.</summary>
public static class PaymentReference
{
    /// <summary>
    /// The national reference in its normalized form (no spaces or leading zeros), or null with
    /// the reason: none given, not a valid reference, or an RF reference whose body is not a
    /// national reference (invoices here only have RF forms of national references).
    /// </summary>
    public static (string? National, string? Problem) ToNational(string? reference)
    {
        if (reference is null || reference.Trim().Length == 0)
        {
            return (null, "the payment has no reference");
        }

        var text = reference.Trim();
        if (text.StartsWith("RF", StringComparison.OrdinalIgnoreCase))
        {
            if (!CreditorReference.IsValid(text))
            {
                return (null, "the RF reference fails its check digits");
            }

            var body = text.Replace(" ", string.Empty, StringComparison.Ordinal)[4..];
            return NationalReference.IsValid(body)
                ? (NationalReference.Normalize(body), null)
                : (null, "the RF reference does not carry a national reference");
        }

        return NationalReference.IsValid(text)
            ? (NationalReference.Normalize(text), null)
            : (null, "the reference fails its check digit");
    }
}
