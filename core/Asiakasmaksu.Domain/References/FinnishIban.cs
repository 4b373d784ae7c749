namespace Asiakasmaksu.Domain.References;

/// <summary>A Finnish IBAN: "FI", two check digits and 14 account digits, valid under mod 97 (ISO 13616).</summary>
internal static class FinnishIban
{
    /// <summary>The 18-character electronic form (no spaces, upper case) or null when <paramref name="iban"/> is not a valid Finnish IBAN.</summary>
    public static string? Normalize(string? iban)
    {
        if (iban is null)
        {
            return null;
        }

        var text = NationalReference.RemoveSpaces(iban).ToUpperInvariant();
        if (text.Length != 18 || !text.StartsWith("FI", StringComparison.Ordinal) || !NationalReference.AllDigits(text.AsSpan(2)))
        {
            return null;
        }

        return Mod97.Remainder(text[4..] + text[..4]) == 1 ? text : null;
    }
}
