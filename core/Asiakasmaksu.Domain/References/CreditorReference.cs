namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The RF creditor reference (ISO 11649, "kansainvälinen viite"): "RF", two check digits and a
/// reference of 1–21 letters or digits. The check digits are 98 − (reference + "RF00" mod 97)
/// with letters as numbers (A = 10 … Z = 35). Example: RF18539007547034 (reference 539007547034).
/// Letters are compared without regard to case and written in upper case.
/// </summary>
public static class CreditorReference
{
    /// <summary>Longest reference part after "RF" and the check digits.</summary>
    public const int MaxReferenceLength = 21;

    /// <summary>
    /// The RF form of a national reference: its <see cref="NationalReference.Normalize"/> form
    /// (no spaces, no leading zeros) behind "RF" and the check digits, e.g. "12345672" →
    /// "RF4712345672". Throws <see cref="ArgumentException"/> when the national reference is not valid.
    /// </summary>
    public static string FromNational(string nationalReference)
    {
        ArgumentNullException.ThrowIfNull(nationalReference);
        if (!NationalReference.IsValid(nationalReference))
        {
            throw new ArgumentException("Not a valid national reference.", nameof(nationalReference));
        }

        return Create(NationalReference.Normalize(nationalReference));
    }

    /// <summary>
    /// "RF" + check digits + <paramref name="reference"/> (1–21 letters or digits; spaces are
    /// removed, letters upper-cased). Throws <see cref="ArgumentException"/> for anything else.
    /// </summary>
    public static string Create(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var body = NationalReference.RemoveSpaces(reference).ToUpperInvariant();
        if (body.Length is 0 or > MaxReferenceLength || !IsAlphanumeric(body))
        {
            throw new ArgumentException("An RF reference body must be 1 to 21 letters or digits.", nameof(reference));
        }

        var check = 98 - Mod97.Remainder(body + "RF00")!.Value;
        return $"RF{check:00}{body}";
    }

    /// <summary>
    /// True when <paramref name="reference"/> (spaces allowed, any letter case) is "RF", two
    /// digits and 1–21 letters or digits, and the whole passes the mod 97 check.
    /// </summary>
    public static bool IsValid(string? reference)
    {
        if (reference is null)
        {
            return false;
        }

        var text = NationalReference.RemoveSpaces(reference).ToUpperInvariant();
        if (text.Length is < 5 or > 4 + MaxReferenceLength
            || !text.StartsWith("RF", StringComparison.Ordinal)
            || !NationalReference.AllDigits(text.AsSpan(2, 2))
            || !IsAlphanumeric(text[4..]))
        {
            return false;
        }

        return Mod97.Remainder(text[4..] + text[..4]) == 1;
    }

    /// <summary>
    /// The printed form: spaces removed, upper case, groups of four from the left, e.g.
    /// "RF18539007547034" → "RF18 5390 0754 7034".
    /// </summary>
    public static string Format(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var text = NationalReference.RemoveSpaces(reference).ToUpperInvariant();
        var groups = new List<string>();
        for (var i = 0; i < text.Length; i += 4)
        {
            groups.Add(text.Substring(i, Math.Min(4, text.Length - i)));
        }

        return string.Join(' ', groups);
    }

    /// <summary>True when <paramref name="reference"/> starts with "RF" (any case), i.e. is meant as a creditor reference.</summary>
    internal static bool LooksLikeCreditorReference(string reference) =>
        reference.TrimStart().StartsWith("RF", StringComparison.OrdinalIgnoreCase);

    private static bool IsAlphanumeric(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }
}
