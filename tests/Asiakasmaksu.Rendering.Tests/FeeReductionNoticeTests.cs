using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;
using UglyToad.PdfPig;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// The fee-reduction decision notice (Act 734/1992 11 §) on seed 001's 2020 worked example: the
/// outcome, the period 1.3.2020–28.2.2021, the decided fee, the calculation line by line, and the
/// rectification instructions (30 days from notification, seed 002) for every outcome.
/// </summary>
public class FeeReductionNoticeTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    public static TheoryData<Language> Languages => [Language.Fi, Language.Sv, Language.En];

    [Fact]
    public void GivenAReduction_WhenRenderedInFinnish_ThenItSaysTheReducedFeeThePeriodAndTheCalculation()
    {
        var email = renderer.Render(TestNotices.FeeReduction(Language.Fi));

        Assert.Contains("Päätös asiakasmaksun alentamisesta", email.Subject);
        foreach (var body in new[] { TestFormat.Flat(email.Text), TestFormat.Flat(email.Html) })
        {
            Assert.Contains("17.3.2020", body);
            Assert.Contains("asiakasmaksujanne alennetaan ajalla 1.3.2020–28.2.2021", body);
            Assert.Contains("KOTIHOITO", body);
            Assert.Contains("310,40 €", body);
            Assert.Contains("167,79 €", body);
            Assert.Contains("Eläkkeet (hakija)", body);
            Assert.Contains("1 430,00 €", body);
            Assert.Contains("Vuokra tai yhtiövastike (hakija)", body);
            Assert.Contains("Meno, jota ei hyväksytä (hakija)", body);
            Assert.Contains("Turvattava osuus: toimeentulotuen perusosa, yksin asuva", body);
            Assert.Contains("502,21 €", body);
            Assert.Contains("POLIKLINIKKA: tasamaksu tai omavastuu, ei alennettavissa", body);
            Assert.Contains("KOTIHOITO: maksu kuukaudessa päätöksen mukaan", body);
            Assert.DoesNotContain("Virtuaaliviivakoodi", body);
            Assert.DoesNotContain(Expected.Iban, body);
        }

        Assert.Contains("Meno, jota ei hyväksytä (hakija) 0,00 €", TestFormat.Flat(email.Text));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void GivenAnyOutcomeAndLanguage_WhenRendered_ThenItCarriesRectificationInstructionsWithin30DaysOfNotification(Language language)
    {
        foreach (var notice in new[] { TestNotices.FeeReduction(language), TestNotices.FeeReduction(language, pension: 1200.00m), TestNotices.FeeReduction(language, savings: 4000.01m) })
        {
            var email = renderer.Render(notice);
            foreach (var body in new[] { TestFormat.Flat(email.Text), TestFormat.Flat(email.Html) })
            {
                Assert.Contains(language switch { Language.Fi => "30 päivän kuluessa päätöksen tiedoksisaannista", Language.Sv => "inom 30 dagar från det att ni fått del av beslutet", _ => "within 30 days of being notified of the decision" }, body);
                Assert.Contains("734/1992", body);
                Assert.Contains(IssuerProfile.Example.RectificationStreet, body);
            }
        }
    }

    [Fact]
    public void GivenAWaiver_WhenRendered_ThenTheFeeIsZeroForThePeriod()
    {
        // 1 200.00 − 760.00 − 502.21 = −62.21: nothing is left.
        var notice = TestNotices.FeeReduction(Language.Sv, pension: 1200.00m);
        Assert.Equal(Domain.FeeReductions.FeeReductionOutcome.Waived, FeeReductionOutcomeOf(notice));

        var text = TestFormat.Flat(renderer.Render(notice).Text);

        Assert.Contains("efterskänks för tiden 1.3.2020–28.2.2021", text);
        Assert.Contains("KOTIHOITO 310,40 € 0,00 €", text);
        Assert.Contains("-62,21 €", text.Replace('\u2212', '-'));
    }

    [Fact]
    public void GivenARefusalForSavings_WhenRendered_ThenItSaysWhyAndThatTheFeesStay()
    {
        var notice = TestNotices.FeeReduction(Language.En, savings: 4000.01m);
        Assert.Equal(Domain.FeeReductions.FeeReductionOutcome.Refused, FeeReductionOutcomeOf(notice));

        var email = renderer.Render(notice);

        foreach (var body in new[] { TestFormat.Flat(email.Text), TestFormat.Flat(email.Html) })
        {
            Assert.Contains("the application is refused", body);
            Assert.Contains("Your savings and quickly realisable assets (€4,000.01) exceed the limit", body);
            Assert.Contains("The fees applied for still come to €310.40 a month", body);
        }
    }

    [Fact]
    public void GivenADecision_WhenRenderedAsAPdfLetter_ThenTheLetterCarriesTheDecisionAndTheInstructions()
    {
        var pdf = renderer.RenderLetterPdf(TestNotices.FeeReduction(Language.Fi));

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("alentamisesta", text);
        Assert.Contains("167,79", text);
        Assert.Contains("1.3.2020–28.2.2021", text);
        Assert.Contains("Oikaisuvaatimusohje", text);
        Assert.Contains("tiedoksisaannista", text);
    }

    [Fact]
    public void GivenTheDecisionNotice_ThenItsIdComesFromTheDecision_AndItAsksNoPayment()
    {
        var notice = TestNotices.FeeReduction();

        Assert.Equal("fee-reduction-fr-1", notice.Id);
        Assert.Equal("fee_reduction_decision", notice.Kind.Name());
        Assert.Null(notice.Reference);
        Assert.Null(notice.DueDate);
        Assert.Equal(Money.Of(167.79m), notice.Amounts.Total);
    }

    private static Domain.FeeReductions.FeeReductionOutcome FeeReductionOutcomeOf(Notice notice) => notice.Details.FeeReduction!.Outcome;
}
