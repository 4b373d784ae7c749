using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Asiakasmaksu.Domain.Payments;

/// <summary>
/// ISO 20022 camt.054 (BkToCstmrDbtCdtNtfctn), any version urn:iso:std:iso:20022:tech:xsd:camt.054.001.NN.
/// Read without DTDs or external resolution. Each Ntfctn/Ntry with status BOOK is either a payment
/// (CdtDbtInd CRDT without RvslInd) or a reversal (DBIT with RvslInd true, money returned);
/// other entries (PDNG, INFO, ordinary debits, reversed debits) are not payments and are left out.
/// A booked entry's transactions (NtryDtls/TxDtls) are its payments, each with its amount
/// (AmtDtls/TxAmt/Amt, else TxDtls/Amt, else the entry's amount when it has one transaction) and
/// structured reference (RmtInf/Strd/CdtrRefInf/Ref); an entry without transactions is one
/// payment without a reference. The transactions must add up to the entry amount, and, when the
/// notification has TxsSummry/TtlCdtNtries or TtlDbtNtries, the booked entries must match those
/// counts and sums. Amounts must be euros. Any fault refuses the whole file with an element path.
/// </summary>
public static class Camt054File
{
    /// <summary>The namespace every supported version starts with.</summary>
    public const string NamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.";

    /// <summary>Reads <paramref name="content"/> (XML bytes; the encoding from its declaration, UTF-8 by default).</summary>
    public static PaymentFileResult Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        XDocument document;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // XmlException's message is not repeated: it can quote the markup around the fault,
            // and in a camt.054 that may be a payer's name. The line and position find it.
            var reason = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "a document type declaration (DTD) is not allowed"
                : "broken XML: the document is not well-formed here (an unclosed or mismatched tag, a stray '<' or '&', or a cut-off file)";
            return new PaymentFileResult.Refused($"line {e.LineNumber}, position {e.LinePosition}", reason);
        }

        var root = document.Root!;
        var ns = root.Name.Namespace;
        if (root.Name.LocalName != "Document" || !ns.NamespaceName.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            return new PaymentFileResult.Refused("/" + root.Name.LocalName, $"not a camt.054 document (expected Document in a namespace starting {NamespacePrefix})");
        }

        var notification = root.Element(ns + "BkToCstmrDbtCdtNtfctn");
        if (notification is null)
        {
            return new PaymentFileResult.Refused("/Document", "BkToCstmrDbtCdtNtfctn is missing");
        }

        var payments = new List<BankPayment>();
        var n = 0;
        foreach (var ntfctn in notification.Elements(ns + "Ntfctn"))
        {
            n++;
            var path = $"/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[{n}]";
            var totals = new CamtTotals();
            var e = 0;
            foreach (var entry in ntfctn.Elements(ns + "Ntry"))
            {
                e++;
                var read = CamtEntry.Read(entry, ns, $"{path}/Ntry[{e}]", totals);
                if (read.Refusal is { } refusal)
                {
                    return refusal;
                }

                payments.AddRange(read.Payments);
            }

            if (totals.Check(ntfctn.Element(ns + "TxsSummry"), ns, path) is { } wrong)
            {
                return wrong;
            }
        }

        return n == 0
            ? new PaymentFileResult.Refused("/Document/BkToCstmrDbtCdtNtfctn", "no Ntfctn")
            : new PaymentFileResult.Read(PaymentFileFormat.Camt054, payments);
    }

    /// <summary>An ISO date (Dt) or date-time (DtTm, its date part) under <paramref name="parent"/>, or null.</summary>
    internal static DateOnly? DateUnder(XElement? parent, XNamespace ns)
    {
        var text = parent?.Element(ns + "Dt")?.Value ?? parent?.Element(ns + "DtTm")?.Value;
        return text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>A euro amount of an Amt element, or a reason it is not one.</summary>
    internal static (Money? Amount, string? Problem) Euros(XElement amount)
    {
        if ((string?)amount.Attribute("Ccy") is not "EUR")
        {
            return (null, "the amount is not in euros (Ccy=\"EUR\")");
        }

        return decimal.TryParse(amount.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) && Money.IsWholeCents(euros) && euros > 0m
            ? (Money.Of(euros), null)
            : (null, "the amount is not a positive number of euros with at most two decimals");
    }
}
