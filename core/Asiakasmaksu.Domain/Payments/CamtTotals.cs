using System.Globalization;
using System.Xml.Linq;

namespace Asiakasmaksu.Domain.Payments;

/// <summary>Counts and sums of one notification's booked credit and debit entries, checked against its TxsSummry when there is one.</summary>
internal sealed class CamtTotals
{
    private int credits;
    private decimal creditSum;
    private int debits;
    private decimal debitSum;

    /// <summary>Counts a booked entry.</summary>
    public void Add(bool credit, Money amount)
    {
        if (credit)
        {
            credits++;
            creditSum += amount.Euros;
        }
        else
        {
            debits++;
            debitSum += amount.Euros;
        }
    }

    /// <summary>A refusal when the summary's TtlCdtNtries or TtlDbtNtries (NbOfNtries, Sum) disagree with the booked entries.</summary>
    public PaymentFileResult.Refused? Check(XElement? summary, XNamespace ns, string path)
    {
        if (summary is null)
        {
            return null;
        }

        return Compare(summary.Element(ns + "TtlCdtNtries"), ns, $"{path}/TxsSummry/TtlCdtNtries", "credit", credits, creditSum)
            ?? Compare(summary.Element(ns + "TtlDbtNtries"), ns, $"{path}/TxsSummry/TtlDbtNtries", "debit", debits, debitSum);
    }

    private static PaymentFileResult.Refused? Compare(XElement? totals, XNamespace ns, string path, string kind, int count, decimal sum)
    {
        if (totals is null)
        {
            return null;
        }

        var statedCount = totals.Element(ns + "NbOfNtries")?.Value.Trim();
        if (statedCount is not null && statedCount != count.ToString(CultureInfo.InvariantCulture))
        {
            return new PaymentFileResult.Refused(path + "/NbOfNtries", $"the summary says {statedCount} booked {kind} entries, the notification holds {count}");
        }

        var statedSum = totals.Element(ns + "Sum")?.Value.Trim();
        if (statedSum is not null && (!decimal.TryParse(statedSum, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stated) || stated != sum))
        {
            return new PaymentFileResult.Refused(path + "/Sum", $"the summary says booked {kind} entries of {statedSum} €, the notification holds {sum.ToString("0.00", CultureInfo.InvariantCulture)} €");
        }

        return null;
    }
}
