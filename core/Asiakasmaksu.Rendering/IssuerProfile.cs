using System.Numerics;

namespace Asiakasmaksu.Rendering;

/// <summary>
/// Who sends the notices: the welfare area (hyvinvointialue) whose fees they are. Everything a
/// notice prints about the issuer comes from here: name and address, business id (Y-tunnus), the
/// account paid to, how to reach the client-fee team, where rectification claims go, the
/// sender of emails and of e-invoices. Init-only properties, so that it binds from configuration
/// (<c>Asiakasmaksu:Issuer</c>); <see cref="Example"/> is a fictional welfare area for local runs.
/// </summary>
public sealed record IssuerProfile
{
    /// <summary>The welfare area's name.</summary>
    public LocalizedText Name { get; init; } = new(string.Empty);

    /// <summary>Postal address: street or PO box.</summary>
    public string Street { get; init; } = string.Empty;

    /// <summary>Postal address: postal code.</summary>
    public string PostalCode { get; init; } = string.Empty;

    /// <summary>Postal address: post office.</summary>
    public string City { get; init; } = string.Empty;

    /// <summary>Business id (Y-tunnus), e.g. "1234567-1".</summary>
    public string BusinessId { get; init; } = string.Empty;

    /// <summary>The Finnish IBAN fees are paid to (spaces allowed).</summary>
    public string Iban { get; init; } = string.Empty;

    /// <summary>The BIC of <see cref="Iban"/>'s bank.</summary>
    public string Bic { get; init; } = string.Empty;

    /// <summary>The client-fee team's phone number.</summary>
    public string Phone { get; init; } = string.Empty;

    /// <summary>The client-fee team's email address.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>Who decides rectification claims (oikaisuvaatimus), e.g. the welfare area's individual affairs division.</summary>
    public LocalizedText RectificationAuthority { get; init; } = new(string.Empty);

    /// <summary>Where rectification claims are sent: street or PO box.</summary>
    public string RectificationStreet { get; init; } = string.Empty;

    /// <summary>Where rectification claims are sent: postal code.</summary>
    public string RectificationPostalCode { get; init; } = string.Empty;

    /// <summary>Where rectification claims are sent: post office.</summary>
    public string RectificationCity { get; init; } = string.Empty;

    /// <summary>The From address of notice emails (a sender SendGrid has verified).</summary>
    public string EmailFromAddress { get; init; } = string.Empty;

    /// <summary>The From name of notice emails.</summary>
    public string EmailFromName { get; init; } = string.Empty;

    /// <summary>
    /// The issuer's own e-invoice address (the sender of Finvoice messages), usually its OVT code;
    /// empty: the OVT code of <see cref="BusinessId"/> ("0037" and its 8 digits).
    /// </summary>
    public string EInvoiceAddress { get; init; } = string.Empty;

    /// <summary>
    /// The operator (intermediator) the issuer sends e-invoices through: its OVT code or a bank's BIC.
    /// Empty: the issuer sends no e-invoices, and their recipients get email or letters instead.
    /// </summary>
    public string EInvoiceOperator { get; init; } = string.Empty;

    /// <summary>True when the issuer can send e-invoices (<see cref="EInvoiceOperator"/> is set).</summary>
    public bool SendsEInvoices => !string.IsNullOrWhiteSpace(EInvoiceOperator);

    /// <summary>The sender's e-invoice address as Finvoice carries it: <see cref="EInvoiceAddress"/>, or the OVT code of the business id.</summary>
    public string SenderEInvoiceAddress =>
        string.IsNullOrWhiteSpace(EInvoiceAddress) ? "0037" + BusinessId.Replace("-", string.Empty, StringComparison.Ordinal) : EInvoiceAddress.Trim();

    /// <summary>
    /// A fictional welfare area for local runs, demos and tests: Esimerkkilä, with the bank
    /// guide's test IBAN FI21 1234 5600 0007 85 and addresses under the reserved <c>.example</c> domain.
    /// </summary>
    public static IssuerProfile Example { get; } = new()
    {
        Name = new("Esimerkkilän hyvinvointialue", "Esimerkkilä välfärdsområde", "Esimerkkilä Wellbeing Services County"),
        Street = "PL 100",
        PostalCode = "00099",
        City = "Esimerkkilä",
        BusinessId = "1234567-1",
        Iban = "FI21 1234 5600 0007 85",
        Bic = "NDEAFIHH",
        Phone = "029 123 4567",
        Email = "asiakasmaksut@esimerkkila.example",
        RectificationAuthority = new(
            "Esimerkkilän hyvinvointialueen yksilöasioiden jaosto",
            "Esimerkkilä välfärdsområdes sektion för individärenden",
            "Individual Affairs Division of Esimerkkilä Wellbeing Services County"),
        RectificationStreet = "Kirjaamo, PL 100",
        RectificationPostalCode = "00099",
        RectificationCity = "Esimerkkilä",
        EmailFromAddress = "laskutus@esimerkkila.example",
        EmailFromName = "Esimerkkilän hyvinvointialue",
        EInvoiceOperator = "NDEAFIHH",
    };

    /// <summary>
    /// What is wrong with the profile, in words (empty when it can be used): required fields
    /// missing, or an IBAN that is not a valid Finnish one (a barcode needs it).
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Require(Name.Fi, nameof(Name));
        Require(Street, nameof(Street));
        Require(PostalCode, nameof(PostalCode));
        Require(City, nameof(City));
        Require(BusinessId, nameof(BusinessId));
        Require(Bic, nameof(Bic));
        Require(Phone, nameof(Phone));
        Require(Email, nameof(Email));
        Require(RectificationAuthority.Fi, nameof(RectificationAuthority));
        Require(RectificationStreet, nameof(RectificationStreet));
        Require(RectificationPostalCode, nameof(RectificationPostalCode));
        Require(RectificationCity, nameof(RectificationCity));
        Require(EmailFromAddress, nameof(EmailFromAddress));
        if (!IsFinnishIban(Iban))
        {
            problems.Add($"{nameof(Iban)} is not a valid Finnish IBAN (FI, 2 check digits, 14 digits, mod 97).");
        }

        if (SendsEInvoices && !(SenderEInvoiceAddress.Length is >= 2 and <= 35 && SenderEInvoiceAddress.All(char.IsAsciiLetterOrDigit)))
        {
            problems.Add($"{nameof(EInvoiceAddress)} must be 2 to 35 letters and digits (the issuer's OVT code).");
        }

        if (SendsEInvoices && !(EInvoiceOperator.Trim().Length is >= 2 and <= 35 && EInvoiceOperator.Trim().All(char.IsAsciiLetterOrDigit)))
        {
            problems.Add($"{nameof(EInvoiceOperator)} must be 2 to 35 letters and digits (an operator's OVT code or a bank's BIC).");
        }

        return problems;

        void Require(string value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is required.");
            }
        }
    }

    /// <summary>The IBAN without spaces, upper case ("FI2112345600000785").</summary>
    internal string ElectronicIban => Iban.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static bool IsFinnishIban(string iban)
    {
        var text = iban.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (text.Length != 18 || !text.StartsWith("FI", StringComparison.Ordinal) || !text[2..].All(char.IsAsciiDigit))
        {
            return false;
        }

        // ISO 13616: move the first four characters to the end, letters as 10..35, mod 97 must be 1.
        var digits = string.Concat((text[4..] + text[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
