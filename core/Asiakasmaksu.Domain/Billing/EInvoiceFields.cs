using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using C = Asiakasmaksu.Domain.Billing.BillingColumns;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// The billing columns of the e-invoice channel (docs/billing-file.md): <c>einvoice_address</c> and
/// <c>einvoice_operator</c>, both or neither, checked in that order after every other column. They
/// are the address of whoever receives the mail (the recipient when one is named, else the client).
/// </summary>
internal static class EInvoiceFields
{
    /// <summary>Why a line gives one of the two columns without the other.</summary>
    public const string Together = "einvoice_address and einvoice_operator go together: give both or neither";

    private const int MinAddressLength = 2;
    private const int MaxAddressLength = 35;

    /// <summary>The first problem of the e-invoice columns, or null with the address (null when neither is given).</summary>
    public static (string Column, string Reason)? Check(Func<string, string> get, out EInvoiceAddress? address)
    {
        address = null;
        var (text, intermediator) = (get(C.EInvoiceAddress), get(C.EInvoiceOperator));
        if (text.Length == 0 && intermediator.Length == 0)
        {
            return null;
        }

        if (text.Length == 0 || intermediator.Length == 0)
        {
            return (text.Length == 0 ? C.EInvoiceAddress : C.EInvoiceOperator, Together);
        }

        if (text.Length is < MinAddressLength or > MaxAddressLength || !text.All(char.IsAsciiLetterOrDigit))
        {
            return (C.EInvoiceAddress, "an e-invoice address is 2 to 35 letters and digits, as the client's bank or operator gave it");
        }

        if (PersonalIdentityCodeSearch.Contains(text))
        {
            return (C.EInvoiceAddress, "looks like a henkilötunnus: an e-invoice address is never a personal identity code");
        }

        if (!IsOperator(intermediator))
        {
            return (C.EInvoiceOperator, "an operator is its OVT code (0037, 8 digits, up to 5 more characters, e.g. 003721291126) or a bank's BIC (e.g. NDEAFIHH)");
        }

        address = new EInvoiceAddress(text.ToUpperInvariant(), intermediator.ToUpperInvariant());
        return null;
    }

    /// <summary>The canonical forms for the content hash: nothing without an e-invoice address (so older lines keep their hash), else both as written.</summary>
    public static string[] Canonical(Func<string, string> get) =>
        get(C.EInvoiceAddress).Length == 0 && get(C.EInvoiceOperator).Length == 0
            ? []
            : [get(C.EInvoiceAddress), get(C.EInvoiceOperator)];

    /// <summary>An OVT code (0037, the 8 digits of a business id, up to 5 letters or digits) or a BIC (4 letters, a 2-letter country, 2 letters or digits, optionally 3 more).</summary>
    private static bool IsOperator(string text)
    {
        var ovt = text.Length is >= 12 and <= 17 && text.StartsWith("0037", StringComparison.Ordinal)
            && text[..12].All(char.IsAsciiDigit) && text[12..].All(char.IsAsciiLetterOrDigit);
        var bic = text.Length is 8 or 11 && text[..6].All(char.IsAsciiLetter) && text[6..].All(char.IsAsciiLetterOrDigit);
        return ovt || bic;
    }
}
