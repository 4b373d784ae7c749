using System.Globalization;

namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The readable invoice number a person can read out on the phone: digits only, at most 10, unique
/// within the issuer. It is a sequence number (from <see cref="FirstSequence"/>, so the first numbers
/// have 7 digits and stay so for 900 000 invoices, some seven years of a city's 10 200 a month) followed
/// by a Luhn check digit, which catches every mistyped digit and most swapped neighbours before a
/// search. Luhn, not the reference number's 7-3-1 check, so that an invoice number is no more likely
/// than any other digits to pass a bank's reference check: a payer who types the invoice number in
/// the reference field is stopped by the bank rather than paying with a reference no invoice has.
/// The sequence is allocated by the invoice store at import (docs/storage.md).
/// </summary>
public static class InvoiceNumbers
{
    /// <summary>The first sequence number: the first invoice number is 1000009.</summary>
    public const long FirstSequence = 100_000;

    /// <summary>The last sequence number: 9 digits, so a number never has more than 10.</summary>
    public const long LastSequence = 999_999_999;

    /// <summary>The most digits an invoice number has.</summary>
    public const int MaxLength = 10;

    /// <summary>
    /// The invoice number of <paramref name="sequence"/> (<see cref="FirstSequence"/> to
    /// <see cref="LastSequence"/>): its digits and the Luhn check digit. Throws
    /// <see cref="ArgumentOutOfRangeException"/> outside that range.
    /// </summary>
    public static string FromSequence(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, FirstSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, LastSequence);
        var digits = sequence.ToString(CultureInfo.InvariantCulture);
        return digits + CheckDigit(digits);
    }

    /// <summary>
    /// True when <paramref name="number"/> is an invoice number: 7 to 10 digits, no leading zero,
    /// and its last digit the Luhn check digit of the others.
    /// </summary>
    public static bool IsValid(string? number) =>
        number is { Length: >= 7 and <= MaxLength }
        && number[0] != '0'
        && NationalReference.AllDigits(number)
        && CheckDigit(number.AsSpan(0, number.Length - 1)) == number[^1];

    /// <summary>The sequence number of a valid <paramref name="number"/> (its digits without the check digit).</summary>
    public static long SequenceOf(string number)
    {
        if (!IsValid(number))
        {
            throw new ArgumentException("Not an invoice number.", nameof(number));
        }

        return long.Parse(number.AsSpan(0, number.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The Luhn check digit of <paramref name="digits"/>: every second digit from the right doubled (minus 9 above 9), the sum completed to a multiple of 10.</summary>
    private static char CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
