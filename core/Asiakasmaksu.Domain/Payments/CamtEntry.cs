using System.Xml.Linq;

namespace Asiakasmaksu.Domain.Payments;

/// <summary>Reads one camt.054 Ntry into its payments (see <see cref="Camt054File"/>).</summary>
internal static class CamtEntry
{
    /// <summary>The entry's payments (none when it is not a booked payment or reversal), or a refusal.</summary>
    public static (IReadOnlyList<BankPayment> Payments, PaymentFileResult.Refused? Refusal) Read(XElement entry, XNamespace ns, string path, CamtTotals totals)
    {
        // camt.054.001.02 writes <Sts>BOOK</Sts>; from .08 on it is <Sts><Cd>BOOK</Cd></Sts>.
        var status = entry.Element(ns + "Sts") is { } sts ? (sts.Element(ns + "Cd")?.Value ?? sts.Value).Trim() : null;
        if (status != "BOOK")
        {
            return ([], null);
        }

        var indicator = entry.Element(ns + "CdtDbtInd")?.Value.Trim();
        if (indicator is not ("CRDT" or "DBIT"))
        {
            return ([], Refuse(path + "/CdtDbtInd", "must be CRDT or DBIT"));
        }

        if (entry.Element(ns + "Amt") is not { } amountElement)
        {
            return ([], Refuse(path + "/Amt", "the entry amount is missing"));
        }

        var (entryAmount, amountProblem) = Camt054File.Euros(amountElement);
        if (entryAmount is null)
        {
            return ([], Refuse(path + "/Amt", amountProblem!));
        }

        totals.Add(indicator == "CRDT", entryAmount.Value);
        var reversed = entry.Element(ns + "RvslInd")?.Value.Trim() is "true" or "1";
        var isPayment = indicator == "CRDT" && !reversed;
        var isReversal = indicator == "DBIT" && reversed;
        if (!isPayment && !isReversal)
        {
            return ([], null);
        }

        if (Camt054File.DateUnder(entry.Element(ns + "BookgDt"), ns) is not { } booked)
        {
            return ([], Refuse(path + "/BookgDt", "the booking date (Dt or DtTm) is missing or not a date"));
        }

        var value = Camt054File.DateUnder(entry.Element(ns + "ValDt"), ns);
        var entryRef = entry.Element(ns + "AcctSvcrRef")?.Value.Trim() is { Length: > 0 } a ? a : entry.Element(ns + "NtryRef")?.Value.Trim();
        var transactions = entry.Elements(ns + "NtryDtls").SelectMany(d => d.Elements(ns + "TxDtls")).ToList();
        if (transactions.Count == 0)
        {
            return entryRef is { Length: > 0 }
                ? ([new BankPayment(entryRef, entryAmount.Value, booked, value, null, isReversal, path)], null)
                : ([], Refuse(path, "the entry has neither AcctSvcrRef nor NtryRef to identify it"));
        }

        var payments = new List<BankPayment>();
        var sum = Money.Zero;
        for (var i = 0; i < transactions.Count; i++)
        {
            var tx = transactions[i];
            var txPath = $"{path}/NtryDtls/TxDtls[{i + 1}]";
            var amountOf = tx.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt") ?? tx.Element(ns + "Amt");
            Money amount;
            if (amountOf is null)
            {
                if (transactions.Count > 1)
                {
                    return ([], Refuse(txPath + "/AmtDtls/TxAmt/Amt", "a transaction of a batched entry has no amount"));
                }

                amount = entryAmount.Value;
            }
            else
            {
                var (txAmount, problem) = Camt054File.Euros(amountOf);
                if (txAmount is null)
                {
                    return ([], Refuse(txPath + "/AmtDtls/TxAmt/Amt", problem!));
                }

                amount = txAmount.Value;
            }

            var refs = tx.Element(ns + "Refs");
            var id = refs?.Element(ns + "AcctSvcrRef")?.Value.Trim() is { Length: > 0 } own
                ? own
                : entryRef is { Length: > 0 } ? (transactions.Count == 1 ? entryRef : $"{entryRef}/{i + 1}")
                : refs?.Element(ns + "EndToEndId")?.Value.Trim() is { Length: > 0 } e2e && e2e != "NOTPROVIDED" ? e2e : null;
            if (id is null)
            {
                return ([], Refuse(txPath + "/Refs", "the transaction has no AcctSvcrRef, and its entry none either, to identify it"));
            }

            var reference = tx.Element(ns + "RmtInf")?.Elements(ns + "Strd")
                .Select(s => s.Element(ns + "CdtrRefInf")?.Element(ns + "Ref")?.Value.Trim())
                .FirstOrDefault(r => r is { Length: > 0 });
            sum += amount;
            payments.Add(new BankPayment(id, amount, booked, value, reference, isReversal, txPath));
        }

        return sum == entryAmount.Value
            ? (payments, null)
            : ([], Refuse(path + "/Amt", $"the entry amount {entryAmount.Value} € is not the sum {sum} € of its transactions"));
    }

    private static PaymentFileResult.Refused Refuse(string path, string reason) => new(path, reason);
}
