namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The ISO 7064 MOD 97-10 remainder shared by IBAN and the RF creditor reference: letters count
/// as two-digit numbers (A = 10 … Z = 35), computed piecewise so any length fits.
/// </summary>
internal static class Mod97
{
    /// <summary>The remainder mod 97 of <paramref name="text"/> read as a number; null when it holds anything but 0–9, A–Z, a–z.</summary>
    public static int? Remainder(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            int value;
            if (c is >= '0' and <= '9')
            {
                value = c - '0';
                remainder = ((remainder * 10) + value) % 97;
                continue;
            }

            if (c is >= 'A' and <= 'Z')
            {
                value = c - 'A' + 10;
            }
            else if (c is >= 'a' and <= 'z')
            {
                value = c - 'a' + 10;
            }
            else
            {
                return null;
            }

            remainder = ((remainder * 100) + value) % 97;
        }

        return remainder;
    }
}
