using System.Globalization;
using System.Xml.Linq;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// E-invoices: each mandatory element of the Finvoice 3.0 implementation guidelines, read from the
/// produced XML, against the notice's own figures (the seed's worked example), in Finnish and Swedish.
/// </summary>
public class FinvoiceTests
{
    private const string Number = "1000009";
    private static readonly EInvoiceAddress ClientsBank = new("FI7912345600000789", "NDEAFIHH");

    /// <summary>Finvoice 3.0's sequence of the top-level elements this writer uses.</summary>
    private static readonly string[] SchemaOrder =
    [
        "MessageTransmissionDetails", "SellerPartyDetails", "SellerOrganisationUnitNumber", "SellerCommunicationDetails", "SellerInformationDetails",
        "InvoiceRecipientPartyDetails", "InvoiceRecipientLanguageCode", "BuyerPartyDetails", "InvoiceDetails", "VirtualBankBarcode", "InvoiceRow", "EpiDetails",
    ];

    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Theory]
    [InlineData(Language.Fi, "LASKU", "Esimerkkilän hyvinvointialue")]
    [InlineData(Language.Sv, "FAKTURA", "Esimerkkilä välfärdsområde")]
    public void GivenTheSeedInvoice_WhenRenderedAsAnEInvoice_ThenEveryMandatoryElementCarriesItsFigures(Language language, string typeText, string seller)
    {
        var notice = EInvoiced(TestNotices.Invoice(language));

        var x = Parse(renderer.RenderEInvoice(notice));

        Assert.Equal("3.0", x.Root!.Attribute("Version")!.Value);
        Assert.Equal(notice.Id, Value(x, "MessageIdentifier"));
        Assert.Equal("2017-07-25T00:00:00+03:00", Value(x, "MessageTimeStamp"));
        Assert.Equal(("003712345671", "NDEAFIHH"), (Value(x, "FromIdentifier"), Value(x, "FromIntermediator")));
        Assert.Equal((ClientsBank.Address, ClientsBank.Intermediator), (Value(x, "ToIdentifier"), Value(x, "ToIntermediator")));
        Assert.Equal("1234567-1", Value(x, "SellerPartyIdentifier"));
        Assert.Equal(seller, Value(x, "SellerOrganisationName"));
        Assert.Equal("Maija Meikäläinen", Value(x, "BuyerOrganisationName"));
        Assert.Equal(("Esimerkkikatu 1 A 2", "00100", "Helsinki", "FI"), (Value(x, "BuyerStreetName"), Value(x, "BuyerPostCodeIdentifier"), Value(x, "BuyerTownName"), Value(x, "CountryCode")));
        Assert.Equal(language.Code().ToUpperInvariant(), Value(x, "InvoiceRecipientLanguageCode"));
        Assert.Equal("INV01", Value(x, "InvoiceTypeCode"));
        Assert.Equal(typeText, Value(x, "InvoiceTypeText"));
        Assert.Equal("Original", Value(x, "OriginCode"));
        Assert.Equal(Number, Value(x, "InvoiceNumber"));
        AssertDate(x, "InvoiceDate", TestNotices.InvoiceDate);
        AssertDate(x, "InvoiceDueDate", TestNotices.DueDate);
        Assert.Equal(notice.ClientId, Value(x, "SellersBuyerIdentifier"));
        foreach (var total in new[] { "RowsTotalVatExcludedAmount", "InvoiceTotalVatExcludedAmount", "InvoiceTotalVatIncludedAmount", "VatBaseAmount" })
        {
            Assert.Equal(notice.Amounts.Total, Amount(x, total));
        }

        Assert.Equal(Money.Zero, Amount(x, "InvoiceTotalVatAmount"));
        Assert.Equal(("0", "E"), (Value(x, "VatRatePercent"), Value(x, "VatCode")));
        AssertPaymentOrder(x, notice);

        var rows = x.Root.Elements("InvoiceRow").ToList();
        Assert.Equal(["TK-VASTAANOTTO", "KOTIHOITO"], rows.Select(r => r.Element("ArticleName")!.Value));
        Assert.Equal(notice.Details.Lines.Select(l => l.Amount), rows.Select(r => AmountOf(r.Element("RowAmount")!)));
        Assert.Equal("2", rows[1].Element("InvoicedQuantity")!.Value);
        Assert.Equal(Money.Of(12.50m), AmountOf(rows[1].Element("UnitPriceAmount")!));
        AssertSchemaOrder(x);
    }

    [Theory]
    [InlineData(Language.Fi, "MAKSUMUISTUTUS")]
    [InlineData(Language.Sv, "BETALNINGSPÅMINNELSE")]
    public void GivenTheSeedReminder_WhenRenderedAsAnEInvoice_ThenItIsAReminderInvoiceOfPrincipalFeeAndInterest(Language language, string typeText)
    {
        var notice = EInvoiced(TestNotices.Reminder(language));

        var x = Parse(renderer.RenderEInvoice(notice));

        Assert.Equal("INV08", Value(x, "InvoiceTypeCode"));
        Assert.Equal(typeText, Value(x, "InvoiceTypeText"));
        Assert.Equal(Number, Value(x, "InvoiceNumber"));
        Assert.Equal(Number, Value(x, "OriginalInvoiceNumber"));
        AssertDate(x, "InvoiceDate", notice.Date);
        AssertDate(x, "InvoiceDueDate", notice.DueDate!.Value);
        var rows = x.Root!.Elements("InvoiceRow").Select(r => AmountOf(r.Element("RowAmount")!)).ToList();
        Assert.Equal([notice.Amounts.Principal, notice.Amounts.Fees, notice.Amounts.Interest], rows);
        Assert.Equal(notice.Amounts.Total, rows.Aggregate(Money.Zero, (sum, r) => sum + r));
        Assert.Equal(notice.Amounts.Total, Amount(x, "InvoiceTotalVatIncludedAmount"));
        Assert.Equal(Expected.Barcode(5106, "170912"), Value(x, "VirtualBankBarcode"));
        AssertPaymentOrder(x, notice);
        AssertSchemaOrder(x);
    }

    [Fact]
    public void GivenAGuardianWithAnEInvoiceAddress_WhenRendered_ThenTheGuardianReceivesItAndTheClientIsTheBuyer()
    {
        var notice = EInvoiced(TestNotices.Invoice(Language.Fi, TestNotices.ToGuardian()));

        var x = Parse(renderer.RenderEInvoice(notice));

        Assert.Equal("Eero Edunvalvoja", Value(x, "InvoiceRecipientOrganisationName"));
        Assert.Equal("Holhoojantie 5", Value(x, "InvoiceRecipientStreetName"));
        Assert.Equal("Maija Meikäläinen", Value(x, "BuyerOrganisationName"));
        Assert.Contains(x.Descendants("InvoiceFreeText"), t => t.Value.Contains("Maija Meikäläinen", StringComparison.Ordinal));
        AssertSchemaOrder(x);
    }

    [Fact]
    public void GivenTheSameNotice_WhenRenderedTwice_ThenTheBytesAreTheSame() =>
        Assert.Equal(renderer.RenderEInvoice(EInvoiced(TestNotices.Invoice())), renderer.RenderEInvoice(EInvoiced(TestNotices.Invoice())));

    [Fact]
    public void GivenACollectionLetterToAnEInvoiceAddress_WhenRenderedAsAnEInvoice_ThenItIsRefused()
    {
        var letter = EInvoiced(TestNotices.CollectionLetter1());

        Assert.False(EInvoicing.Applies(letter));
        Assert.Throws<ArgumentException>(() => renderer.RenderEInvoice(letter));
    }

    [Fact]
    public void GivenAnIssuerWithoutAnEInvoiceOperator_WhenRenderingAnEInvoice_ThenItIsRefused() =>
        Assert.Throws<ArgumentException>(() => new NoticeRenderer(IssuerProfile.Example with { EInvoiceOperator = string.Empty }).RenderEInvoice(EInvoiced(TestNotices.Invoice())));

    private static Notice EInvoiced(Notice notice) =>
        notice with { Recipient = notice.Recipient with { EInvoice = ClientsBank }, InvoiceNumber = Number };

    /// <summary>EpiDetails: the payment order a bank makes of the e-invoice.</summary>
    private static void AssertPaymentOrder(XDocument x, Notice notice)
    {
        var epi = x.Root!.Element("EpiDetails")!;
        Assert.Equal(TestNotices.Reference, epi.Descendants("EpiReference").Single().Value);
        var remittance = epi.Descendants("EpiRemittanceInfoIdentifier").Single();
        Assert.Equal((TestNotices.Reference, "SPY"), (remittance.Value, remittance.Attribute("IdentificationSchemeName")!.Value));
        Assert.True(NationalReference.IsValid(remittance.Value));
        Assert.Equal(notice.Amounts.Total, AmountOf(epi.Descendants("EpiInstructedAmount").Single()));
        Assert.Equal("EUR", epi.Descendants("EpiInstructedAmount").Single().Attribute("AmountCurrencyIdentifier")!.Value);
        Assert.Equal(notice.DueDate, DateOf(epi.Descendants("EpiDateOptionDate").Single()));
        Assert.Equal(notice.Date, DateOf(epi.Descendants("EpiDate").Single()));
        var account = epi.Descendants("EpiAccountID").Single();
        Assert.Equal(("FI2112345600000785", "IBAN"), (account.Value, account.Attribute("IdentificationSchemeName")!.Value));
        var bic = epi.Descendants("EpiBfiIdentifier").Single();
        Assert.Equal(("NDEAFIHH", "BIC"), (bic.Value, bic.Attribute("IdentificationSchemeName")!.Value));
        Assert.Equal(VirtualBarcode.Create(IssuerProfile.Example.Iban, notice.Amounts.Total, notice.Reference!, notice.DueDate), Value(x, "VirtualBankBarcode"));
    }

    private static void AssertSchemaOrder(XDocument x)
    {
        var names = x.Root!.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.All(names, n => Assert.Contains(n, SchemaOrder));
        Assert.Equal(names.OrderBy(n => Array.IndexOf(SchemaOrder, n)), names);
    }

    private static void AssertDate(XDocument x, string element, DateOnly expected)
    {
        var e = x.Descendants(element).Single();
        Assert.Equal("CCYYMMDD", e.Attribute("Format")!.Value);
        Assert.Equal(expected, DateOf(e));
    }

    private static XDocument Parse(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return XDocument.Load(stream);
    }

    private static string Value(XDocument x, string element) => x.Descendants(element).First().Value;

    private static Money Amount(XDocument x, string element) => AmountOf(x.Descendants(element).Single());

    /// <summary>An amount as Finvoice writes it: a decimal comma, two decimals, no grouping.</summary>
    private static Money AmountOf(XElement e)
    {
        Assert.Matches(@"^-?\d+,\d\d$", e.Value);
        return Money.Of(decimal.Parse(e.Value.Replace(',', '.'), CultureInfo.InvariantCulture));
    }

    private static DateOnly DateOf(XElement e) => DateOnly.ParseExact(e.Value, "yyyyMMdd", CultureInfo.InvariantCulture);
}
