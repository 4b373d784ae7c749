namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The Finnish national payment reference (viitenumero, "reference number"): 4–20 digits whose
/// last digit checks the others with the weights 7, 3, 1 repeating from the right; check =
/// (10 − weighted sum mod 10) mod 10. Example: base 1234567 gives 12345672.
/// </summary>
public static class NationalReference
{
    /// <summary>Shortest base (without the check digit).</summary>
    public const int MinBaseLength = 3;

    /// <summary>Longest base (without the check digit).</summary>
    public const int MaxBaseLength = 19;

    private static readonly int[] Weights = [7, 3, 1];

    /// <summary>
    /// The reference made of <paramref name="baseDigits"/> (3–19 digits, spaces allowed) and its
    /// check digit. Throws <see cref="ArgumentException"/> for anything else: callers build bases
    /// from their own data, so a bad base is a programming error.
    /// </summary>
    public static string Create(string baseDigits)
    {
        ArgumentNullException.ThrowIfNull(baseDigits);
        var digits = RemoveSpaces(baseDigits);
        if (digits.Length is < MinBaseLength or > MaxBaseLength || !AllDigits(digits))
        {
            throw new ArgumentException("A reference base must be 3 to 19 digits.", nameof(baseDigits));
        }

        return digits + CheckDigit(digits);
    }

    /// <summary>
    /// True when <paramref name="reference"/> is 4–20 digits (spaces between them allowed, e.g.
    /// "1234 56728") and its last digit is the right check digit. Leading zeros count toward the
    /// length and do not change the check digit.
    /// </summary>
    public static bool IsValid(string? reference)
    {
        if (reference is null)
        {
            return false;
        }

        var digits = RemoveSpaces(reference);
        return digits.Length is >= MinBaseLength + 1 and <= MaxBaseLength + 1
            && AllDigits(digits)
            && CheckDigit(digits.AsSpan(0, digits.Length - 1)) == digits[^1];
    }

    /// <summary>
    /// The machine form: spaces removed and leading zeros dropped (they carry no meaning: the
    /// 7-3-1 sum ignores them, and the barcode pads with zeros anyway). Does not validate; an
    /// all-zero input gives "0".
    /// </summary>
    public static string Normalize(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var digits = RemoveSpaces(reference).TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }

    /// <summary>
    /// The printed form on Finnish invoices: the normalized digits in groups of five counted from
    /// the right, e.g. "12345672" → "123 45672", "1234567890123" → "123 45678 90123".
    /// </summary>
    public static string Format(string reference)
    {
        var digits = Normalize(reference);
        var head = digits.Length % 5;
        var groups = new List<string>();
        if (head > 0)
        {
            groups.Add(digits[..head]);
        }

        for (var i = head; i < digits.Length; i += 5)
        {
            groups.Add(digits.Substring(i, 5));
        }

        return string.Join(' ', groups);
    }

    /// <summary>The 7-3-1 check digit of <paramref name="baseDigits"/> (digits only).</summary>
    internal static char CheckDigit(ReadOnlySpan<char> baseDigits)
    {
        var sum = 0;
        for (var i = 0; i < baseDigits.Length; i++)
        {
            sum += (baseDigits[baseDigits.Length - 1 - i] - '0') * Weights[i % 3];
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    internal static string RemoveSpaces(string text) =>
        text.Contains(' ', StringComparison.Ordinal) ? text.Replace(" ", string.Empty, StringComparison.Ordinal) : text;

    internal static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
