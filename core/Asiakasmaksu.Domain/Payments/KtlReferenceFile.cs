using System.Globalization;

namespace Asiakasmaksu.Domain.Payments;

/// <summary>
/// The Finnish KTL reference transfer (viitesiirto): lines of exactly 90 characters in batches of
/// record 0 (header: creation date YYMMDD at 2–7), records 3 (one payment each) and record 9
/// (totals). Record 3: type 1, account 14, entry date 6, payment date 6, archive id 16,
/// reference 20 (zero-padded), payer 12, currency 1 ("1" = euro), name source 1, amount 10 in
/// cents, correction 1 ("0" payment, "1" correction = reversal), relay method 1, response 1.
/// Record 9: payment count 6, payment sum 11 in cents, correction count 6, correction sum 11.
/// Every batch's totals must match its records. Any fault refuses the whole file with its line
/// and record; the payer field is never read into the result nor quoted.
/// </summary>
public static class KtlReferenceFile
{
    /// <summary>The length of every record.</summary>
    public const int RecordLength = 90;

    /// <summary>Reads <paramref name="text"/> (already decoded); a file with no records is refused.</summary>
    public static PaymentFileResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Trim().Length == 0)
        {
            count--;
        }

        if (count == 0)
        {
            return new PaymentFileResult.Refused("line 1", "the file is empty");
        }

        var payments = new List<BankPayment>();
        var batch = (Open: false, Count: 0, Sum: 0L, Corrections: 0, CorrectionSum: 0L);
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Length != RecordLength)
            {
                return Refuse(number, line, $"the record is {line.Length} characters long; KTL records are {RecordLength}");
            }

            switch (line[0])
            {
                case '0':
                    if (batch.Open)
                    {
                        return Refuse(number, line, "a new header (record 0) before the totals (record 9) of the previous batch");
                    }

                    if (Date(line, 2) is null)
                    {
                        return Refuse(number, line, "the creation date (positions 2–7) is not a date YYMMDD");
                    }

                    batch = (true, 0, 0L, 0, 0L);
                    break;
                case '3':
                    if (!batch.Open)
                    {
                        return Refuse(number, line, "a payment (record 3) outside a batch: record 0 must come first");
                    }

                    var read = Payment(line, number);
                    if (read.Problem is { } problem)
                    {
                        return Refuse(number, line, problem);
                    }

                    var payment = read.Payment!;
                    payments.Add(payment);
                    batch = payment.IsReversal
                        ? batch with { Corrections = batch.Corrections + 1, CorrectionSum = batch.CorrectionSum + payment.Amount.Cents }
                        : batch with { Count = batch.Count + 1, Sum = batch.Sum + payment.Amount.Cents };
                    break;
                case '9':
                    if (!batch.Open)
                    {
                        return Refuse(number, line, "totals (record 9) without a header (record 0)");
                    }

                    if (Totals(line, batch.Count, batch.Sum, batch.Corrections, batch.CorrectionSum) is { } wrong)
                    {
                        return Refuse(number, line, wrong);
                    }

                    batch = batch with { Open = false };
                    break;
                default:
                    return Refuse(number, line, $"unknown record type \"{line[0]}\"; expected 0, 3 or 9");
            }
        }

        return batch.Open
            ? new PaymentFileResult.Refused($"line {count}", "the file ends without totals (record 9): it may be cut short")
            : new PaymentFileResult.Read(PaymentFileFormat.Ktl, payments);
    }

    private static (BankPayment? Payment, string? Problem) Payment(string line, int number)
    {
        if (!Digits(line, 2, 14))
        {
            return (null, "the account (positions 2–15) is not 14 digits");
        }

        if (Date(line, 16) is not { } entryDate)
        {
            return (null, "the entry date (positions 16–21) is not a date YYMMDD");
        }

        if (Date(line, 22) is not { } paymentDate)
        {
            return (null, "the payment date (positions 22–27) is not a date YYMMDD");
        }

        var archiveId = line.Substring(27, 16).Trim();
        if (archiveId.Length == 0)
        {
            return (null, "the archive id (positions 28–43) is empty");
        }

        if (line[75] != '1')
        {
            return (null, "the currency code (position 76) is not 1 (euro)");
        }

        if (!Digits(line, 78, 10))
        {
            return (null, "the amount (positions 78–87) is not 10 digits of cents");
        }

        var cents = long.Parse(line.AsSpan(77, 10), NumberStyles.None, CultureInfo.InvariantCulture);
        if (cents == 0)
        {
            return (null, "the amount (positions 78–87) is zero");
        }

        var reversal = line[87] switch
        {
            '0' or ' ' => (bool?)false,
            '1' => true,
            _ => null,
        };
        if (reversal is null)
        {
            return (null, "the correction code (position 88) is not 0 or 1");
        }

        var reference = line.Substring(43, 20).Trim();
        reference = reference.StartsWith("RF", StringComparison.OrdinalIgnoreCase) ? reference : reference.TrimStart('0');
        return (new BankPayment(archiveId, Money.FromCents(cents), entryDate, paymentDate, reference.Length == 0 ? null : reference, reversal.Value, $"line {number} (record 3)"), null);
    }

    private static string? Totals(string line, int count, long sum, int corrections, long correctionSum)
    {
        if (!Digits(line, 2, 6) || !Digits(line, 8, 11) || !Digits(line, 19, 6) || !Digits(line, 25, 11))
        {
            return "the totals (positions 2–35) are not digits";
        }

        var statedCount = int.Parse(line.AsSpan(1, 6), NumberStyles.None, CultureInfo.InvariantCulture);
        var statedSum = long.Parse(line.AsSpan(7, 11), NumberStyles.None, CultureInfo.InvariantCulture);
        var statedCorrections = int.Parse(line.AsSpan(18, 6), NumberStyles.None, CultureInfo.InvariantCulture);
        var statedCorrectionSum = long.Parse(line.AsSpan(24, 11), NumberStyles.None, CultureInfo.InvariantCulture);
        if (statedCount != count || statedSum != sum)
        {
            return $"the totals say {statedCount} payments of {Money.FromCents(statedSum)} €, the batch holds {count} of {Money.FromCents(sum)} €";
        }

        return statedCorrections != corrections || statedCorrectionSum != correctionSum
            ? $"the totals say {statedCorrections} corrections of {Money.FromCents(statedCorrectionSum)} €, the batch holds {corrections} of {Money.FromCents(correctionSum)} €"
            : null;
    }

    /// <summary>A refusal at a line; the record type is named only when it is a plain character.</summary>
    private static PaymentFileResult.Refused Refuse(int number, string line, string reason) =>
        new(line.Length > 0 && line[0] is >= '0' and <= '9' ? $"line {number} (record {line[0]})" : $"line {number}", reason);

    /// <summary>YYMMDD at 1-based <paramref name="position"/>, read as 20YY; null when not a date.</summary>
    private static DateOnly? Date(string line, int position) =>
        Digits(line, position, 6) && DateOnly.TryParseExact(line.AsSpan(position - 1, 6), "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateOnly(2000 + (date.Year % 100), date.Month, date.Day)
            : null;

    private static bool Digits(string line, int position, int length)
    {
        foreach (var c in line.AsSpan(position - 1, length))
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
