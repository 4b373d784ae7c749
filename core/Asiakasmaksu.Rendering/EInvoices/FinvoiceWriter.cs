using System.Text;
using System.Xml;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Rendering.Model;
using Asiakasmaksu.Rendering.Templating;
using static Asiakasmaksu.Rendering.EInvoices.FinvoiceFormat;

namespace Asiakasmaksu.Rendering.EInvoices;

/// <summary>
/// Writes a notice as one Finvoice 3.0 message (docs/notices.md, "E-invoices"), elements in the
/// schema's order: the transmission details (sender and receiver e-invoice addresses and operators,
/// the notice id as the message id), the seller (the issuer), the invoice recipient (a guardian or
/// relative, when one receives the mail) and its language, the buyer (the client), the invoice
/// details (<c>INV01</c> invoice or <c>INV08</c> reminder invoice, the readable invoice number, dates,
/// VAT-free totals, the payment terms), the virtual bank barcode, the rows and the payment order
/// (<c>EpiDetails</c>: reference, amount, due date, IBAN and BIC). UTF-8, dates CCYYMMDD, decimal
/// comma. Deterministic: the same notice gives the same bytes (the time stamp is the notice's date).
/// </summary>
internal sealed class FinvoiceWriter
{
    private readonly XmlWriter w;
    private readonly Notice notice;
    private readonly IssuerProfile issuer;
    private readonly StringTable strings;

    private FinvoiceWriter(XmlWriter w, Notice notice, IssuerProfile issuer)
    {
        this.w = w;
        this.notice = notice;
        this.issuer = issuer;
        strings = StringTable.For(notice.Language);
    }

    /// <summary>The message for <paramref name="notice"/>, which must be one <see cref="EInvoicing.Applies"/> to.</summary>
    public static byte[] Write(Notice notice, IssuerProfile issuer)
    {
        if (!EInvoicing.Applies(notice))
        {
            throw new ArgumentException("Only an invoice or a reminder asking for a payment, to a recipient with an e-invoice address, goes out as an e-invoice.", nameof(notice));
        }

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            new FinvoiceWriter(xml, notice, issuer).Message();
        }

        return buffer.ToArray();
    }

    private void Message()
    {
        w.WriteStartDocument();
        w.WriteStartElement("Finvoice");
        w.WriteAttributeString("Version", "3.0");
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "noNamespaceSchemaLocation", "http://www.w3.org/2001/XMLSchema-instance", "Finvoice3.0.xsd");
        Transmission();
        Seller();
        Recipient();
        Buyer();
        InvoiceDetails();
        Element("VirtualBankBarcode", Barcode());
        var rows = FinvoiceRows.Of(notice, strings);
        for (var i = 0; i < rows.Count; i++)
        {
            Row(rows[i], i + 1);
        }

        Epi();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private void Transmission()
    {
        var to = notice.Recipient.EInvoice!;
        w.WriteStartElement("MessageTransmissionDetails");
        w.WriteStartElement("MessageSenderDetails");
        Element("FromIdentifier", issuer.SenderEInvoiceAddress);
        Element("FromIntermediator", issuer.EInvoiceOperator.Trim());
        w.WriteEndElement();
        w.WriteStartElement("MessageReceiverDetails");
        Element("ToIdentifier", to.Address);
        Element("ToIntermediator", to.Intermediator);
        w.WriteEndElement();
        w.WriteStartElement("MessageDetails");
        Element("MessageIdentifier", notice.Id);
        Element("MessageTimeStamp", TimeStamp(notice.Date));
        Element("SpecificationIdentifier", "EN16931");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private void Seller()
    {
        w.WriteStartElement("SellerPartyDetails");
        Element("SellerPartyIdentifier", issuer.BusinessId);
        Elements("SellerOrganisationName", Fit(issuer.Name.In(notice.Language), 70, 2));
        Address("Seller", issuer.Street, issuer.PostalCode, issuer.City);
        w.WriteEndElement();
        Element("SellerOrganisationUnitNumber", issuer.SenderEInvoiceAddress);
        w.WriteStartElement("SellerCommunicationDetails");
        Element("SellerPhoneNumberIdentifier", issuer.Phone);
        Element("SellerEmailaddressIdentifier", issuer.Email);
        w.WriteEndElement();
        w.WriteStartElement("SellerInformationDetails");
        Element("SellerHomeTownName", issuer.City);
        w.WriteStartElement("SellerAccountDetails");
        Element("SellerAccountID", issuer.ElectronicIban, ("IdentificationSchemeName", "IBAN"));
        Element("SellerBic", issuer.Bic, ("IdentificationSchemeName", "BIC"));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>The guardian or relative who receives the e-invoice for the client, and the language of every text.</summary>
    private void Recipient()
    {
        if (notice.Recipient.OnBehalfOfClient)
        {
            var r = notice.Recipient.Address;
            w.WriteStartElement("InvoiceRecipientPartyDetails");
            Elements("InvoiceRecipientOrganisationName", Fit(r.Name, 70, 2));
            Address("InvoiceRecipient", r.Street, r.PostalCode, r.City);
            w.WriteEndElement();
        }

        Element("InvoiceRecipientLanguageCode", notice.Language.Code().ToUpperInvariant());
    }

    /// <summary>The client whose fees these are (as the invoice names them: the client's own address).</summary>
    private void Buyer()
    {
        var client = notice.Recipient.OnBehalfOfClient ? null : notice.Recipient.Address;
        w.WriteStartElement("BuyerPartyDetails");
        Elements("BuyerOrganisationName", Fit(notice.ClientName, 70, 2));
        if (client is not null)
        {
            Address("Buyer", client.Street, client.PostalCode, client.City);
        }

        w.WriteEndElement();
    }

    private void InvoiceDetails()
    {
        var reminder = notice.Kind == NoticeKind.Reminder;
        var correction = notice is { Kind: NoticeKind.Invoice, Details.IsCorrection: true };
        var total = Amount(notice.Amounts.Total);
        w.WriteStartElement("InvoiceDetails");
        Element("InvoiceTypeCode", reminder ? "INV08" : "INV01", ("CodeListAgencyIdentifier", "SPY"));
        if (!reminder)
        {
            Element("InvoiceTypeCodeUN", "380");
        }

        Element("InvoiceTypeText", strings.Get(reminder ? "einvoice.type.reminder" : correction ? "einvoice.type.correction" : "einvoice.type.invoice"));
        Element("OriginCode", correction ? "Cor" : "Original");
        Element("InvoiceNumber", InvoiceNumber());
        Element("InvoiceDate", Date(notice.Date), ("Format", "CCYYMMDD"));
        if (correction || reminder)
        {
            Element("OriginalInvoiceNumber", InvoiceNumber());
            if (notice.Details.InvoiceDate is { } original)
            {
                Element("OriginalInvoiceDate", Date(original), ("Format", "CCYYMMDD"));
            }
        }

        Element("SellersBuyerIdentifier", notice.ClientId);
        Element("RowsTotalVatExcludedAmount", total, ("AmountCurrencyIdentifier", "EUR"));
        Element("InvoiceTotalVatExcludedAmount", total, ("AmountCurrencyIdentifier", "EUR"));
        Element("InvoiceTotalVatAmount", Amount(Money.Zero), ("AmountCurrencyIdentifier", "EUR"));
        Element("InvoiceTotalVatIncludedAmount", total, ("AmountCurrencyIdentifier", "EUR"));
        w.WriteStartElement("VatSpecificationDetails");
        Element("VatBaseAmount", total, ("AmountCurrencyIdentifier", "EUR"));
        Element("VatRatePercent", "0");
        Element("VatCode", "E");
        Element("VatRateAmount", Amount(Money.Zero), ("AmountCurrencyIdentifier", "EUR"));
        Element("VatFreeText", strings.Get("einvoice.vat_free"));
        w.WriteEndElement();
        foreach (var text in FreeTexts())
        {
            Element("InvoiceFreeText", Cut(text, 512));
        }

        var due = NoticeFormat.Date(notice.DueDate!.Value, notice.Language);
        w.WriteStartElement("PaymentTermsDetails");
        Element("PaymentTermsFreeText", Cut(strings.Format("einvoice.payment_terms", new Dictionary<string, string?> { ["due_date"] = due }), 70));
        Element("InvoiceDueDate", Date(notice.DueDate.Value), ("Format", "CCYYMMDD"));
        w.WriteStartElement("PaymentOverDueFineDetails");
        Element("PaymentOverDueFineFreeText", Cut(strings.Get("payment.interest_note"), 70));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>Whose fees a representative's e-invoice concerns, and a reminder's text.</summary>
    private IEnumerable<string> FreeTexts()
    {
        if (notice.Recipient.OnBehalfOfClient)
        {
            yield return strings.Format("concerns_client", new Dictionary<string, string?> { ["client"] = notice.ClientName });
        }

        if (notice.Kind == NoticeKind.Reminder)
        {
            yield return strings.Format("reminder.text", new Dictionary<string, string?>
            {
                ["invoice_date"] = NoticeFormat.Date(notice.Details.InvoiceDate, notice.Language),
                ["due_date"] = NoticeFormat.Date(notice.DueDate, notice.Language),
            });
        }
    }

    private void Row(FinvoiceRow row, int position)
    {
        w.WriteStartElement("InvoiceRow");
        Element("ArticleName", Cut(row.ArticleName, 100));
        if (row is { Quantity: { } quantity, UnitPrice: { } price })
        {
            Element("InvoicedQuantity", Quantity(quantity), ("QuantityUnitCode", strings.Get("einvoice.quantity_unit")), ("QuantityUnitCodeUN", "C62"));
            if (row.ServiceDate is { } day)
            {
                Element("StartDate", Date(day), ("Format", "CCYYMMDD"));
            }

            Element("UnitPriceAmount", Amount(price), ("AmountCurrencyIdentifier", "EUR"));
        }
        else if (row.ServiceDate is { } day)
        {
            Element("StartDate", Date(day), ("Format", "CCYYMMDD"));
        }

        Element("RowPositionIdentifier", position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (row.FreeText is { } text)
        {
            Element("RowFreeText", Cut(text, 512));
        }

        Element("RowVatRatePercent", "0");
        Element("RowVatCode", "E");
        Element("RowVatAmount", Amount(Money.Zero), ("AmountCurrencyIdentifier", "EUR"));
        Element("RowVatExcludedAmount", Amount(row.Amount), ("AmountCurrencyIdentifier", "EUR"));
        Element("RowAmount", Amount(row.Amount), ("AmountCurrencyIdentifier", "EUR"));
        w.WriteEndElement();
    }

    private void Epi()
    {
        var reference = notice.Reference!;
        w.WriteStartElement("EpiDetails");
        w.WriteStartElement("EpiIdentificationDetails");
        Element("EpiDate", Date(notice.Date), ("Format", "CCYYMMDD"));
        Element("EpiReference", reference);
        w.WriteEndElement();
        w.WriteStartElement("EpiPartyDetails");
        w.WriteStartElement("EpiBfiPartyDetails");
        Element("EpiBfiIdentifier", issuer.Bic, ("IdentificationSchemeName", "BIC"));
        w.WriteEndElement();
        w.WriteStartElement("EpiBeneficiaryPartyDetails");
        Element("EpiNameAddressDetails", Cut(issuer.Name.In(notice.Language), 35));
        Element("EpiAccountID", issuer.ElectronicIban, ("IdentificationSchemeName", "IBAN"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("EpiPaymentInstructionDetails");
        Element("EpiRemittanceInfoIdentifier", reference, ("IdentificationSchemeName", "SPY"));
        Element("EpiInstructedAmount", Amount(notice.Amounts.Total), ("AmountCurrencyIdentifier", "EUR"));
        Element("EpiCharge", "SHA", ("ChargeOption", "SHA"));
        Element("EpiDateOptionDate", Date(notice.DueDate!.Value), ("Format", "CCYYMMDD"));
        Element("EpiPaymentMeansCode", "58");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private string Barcode() => VirtualBarcode.Create(issuer.ElectronicIban, notice.Amounts.Total, notice.Reference!, notice.DueDate);

    /// <summary>The readable number (the invoice id for an invoice issued before numbers were allocated).</summary>
    private string InvoiceNumber() => notice.InvoiceNumber ?? notice.InvoiceId?.Value ?? notice.Id;

    /// <summary>A postal address block: <c>{party}StreetName</c> (up to 3 lines of 35), town, postal code and country.</summary>
    private void Address(string party, string street, string postalCode, string city)
    {
        var (country, code) = PostalCode(postalCode);
        w.WriteStartElement($"{party}PostalAddressDetails");
        Elements($"{party}StreetName", Fit(street, 35, 3));
        Element($"{party}TownName", Cut(city, 35));
        Element($"{party}PostCodeIdentifier", code);
        Element("CountryCode", country);
        w.WriteEndElement();
    }

    private void Elements(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Element(name, value);
        }
    }

    private void Element(string name, string value, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name);
        foreach (var (attribute, text) in attributes)
        {
            w.WriteAttributeString(attribute, text);
        }

        w.WriteString(value);
        w.WriteEndElement();
    }
}
