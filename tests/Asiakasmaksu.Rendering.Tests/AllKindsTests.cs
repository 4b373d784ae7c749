using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>Every kind in every language renders, and shows the amounts, due date, references and barcode it carries.</summary>
public class AllKindsTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    public static TheoryData<NoticeKind, Language> KindsAndLanguages()
    {
        var data = new TheoryData<NoticeKind, Language>();
        foreach (var kind in Enum.GetValues<NoticeKind>())
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void GivenAnyKindAndLanguage_WhenRendered_ThenTextHtmlAndLettersCarryItsAmounts(NoticeKind kind, Language language)
    {
        var notice = TestNotices.AllKinds(language).Single(n => n.Kind == kind);

        var email = renderer.Render(notice);
        var letter = renderer.RenderLetterHtml(notice);

        Assert.False(string.IsNullOrWhiteSpace(email.Subject));
        foreach (var body in new[] { email.Text, email.Html, letter })
        {
            if (notice.Details.Ceiling is { } ceiling)
            {
                // Ceiling notices ask for no payment: they carry the year's ceiling and accrual instead.
                Assert.Contains(ceiling.Ceiling.Format(language), body);
                Assert.Contains(ceiling.Accrued.Format(language), body);
                continue;
            }

            Assert.Contains(notice.Amounts.Total.Format(language), body);
            if (!notice.Amounts.Principal.IsZero)
            {
                Assert.Contains(notice.Amounts.Principal.Format(language), body);
            }
            if (!notice.Amounts.Fees.IsZero)
            {
                Assert.Contains(notice.Amounts.Fees.Format(language), body);
                Assert.Contains(notice.Amounts.Interest.Format(language), body);
            }
        }

        Assert.StartsWith("<!DOCTYPE html>", email.Html);
        Assert.Contains("size: A4", letter);
    }

    [Theory]
    [InlineData(NoticeKind.Invoice, 4590, "170811")]
    [InlineData(NoticeKind.Reminder, 5106, "170912")]
    [InlineData(NoticeKind.CollectionLetter1, 6532, "170927")]
    [InlineData(NoticeKind.CollectionLetter2, 7246, "171012")]
    [InlineData(NoticeKind.DeferralConfirmation, 4590, "170911")]
    [InlineData(NoticeKind.DeferralRefused, 4590, "170811")]
    public void GivenANoticeAskingForPayment_WhenRendered_ThenItCarriesDueDateReferencesIbanAndBarcode(NoticeKind kind, long cents, string yymmdd)
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var notice = TestNotices.AllKinds(language).Single(n => n.Kind == kind);
            var email = renderer.Render(notice);

            foreach (var body in new[] { email.Text, email.Html })
            {
                Assert.Contains(Expected.Barcode(cents, yymmdd), body);
                Assert.Contains(TestFormat.Date(notice.DueDate!.Value, language), body);
                Assert.Contains(Expected.NationalReference, body);
                Assert.Contains(Expected.CreditorReference, body);
                Assert.Contains(Expected.Iban, body);
                Assert.Contains(Expected.Bic, body);
            }
        }
    }

    [Theory]
    [InlineData(NoticeKind.Enforcement)]
    [InlineData(NoticeKind.WaiverConfirmation)]
    [InlineData(NoticeKind.WriteOffConfirmation)]
    public void GivenANoticeNotAskingForPayment_WhenRendered_ThenItHasNoBarcodeNorAccount(NoticeKind kind)
    {
        var text = renderer.Render(TestNotices.AllKinds(Language.Fi).Single(n => n.Kind == kind)).Text;

        Assert.DoesNotContain("Virtuaaliviivakoodi", text);
        Assert.DoesNotContain(Expected.Iban, text);
    }

    [Fact]
    public void GivenAPaymentPlan_WhenRendered_ThenEachInstallmentHasItsDueDateAmountAndBarcode()
    {
        var email = renderer.Render(TestNotices.PaymentPlan(Language.Fi));

        foreach (var body in new[] { email.Text, email.Html })
        {
            Assert.Contains("11.9.2017", body);
            Assert.Contains(Expected.Fi("25,90"), body);
            Assert.Contains(Expected.Barcode(2590, "170911"), body);
            Assert.Contains("11.10.2017", body);
            Assert.Contains(Expected.Fi("25,26"), body);
            Assert.Contains(Expected.Barcode(2526, "171011"), body);
            Assert.Contains(Expected.NationalReference, body);
        }
    }

    [Fact]
    public void GivenAnEstateWriteOff_WhenRendered_ThenItListsEveryInvoiceAndTheTotal()
    {
        var text = renderer.Render(TestNotices.WriteOff(Language.Fi)).Text;

        Assert.Contains("k3jqz7ma-5ee2ytd4bn3wq6rf", text);
        Assert.Contains(Expected.Fi("45,90"), text);
        Assert.Contains("k3jqz7mb-aaaaaaaaaaaaaaaa", text);
        Assert.Contains(Expected.Fi("38,20"), text);
        Assert.Contains(Expected.Fi("84,10"), text);
        Assert.Contains("2.10.2017", text);
        Assert.Contains("perukirjan", text);
    }

    [Fact]
    public void GivenADeferral_WhenRendered_ThenItSaysBothTheOldAndTheNewDueDate()
    {
        var text = TestFormat.Flat(renderer.Render(TestNotices.DeferralConfirmation(Language.Fi)).Text);

        Assert.Contains("Uusi eräpäivä on 11.9.2017 (aiempi eräpäivä 11.8.2017)", text);
    }

    [Fact]
    public void GivenARefusedDeferral_WhenRendered_ThenItSaysTheAskedDateAndThatTheDueDateStays()
    {
        var text = TestFormat.Flat(renderer.Render(TestNotices.DeferralRefused(Language.Sv)).Text);

        Assert.Contains("flyttas till 10.11.2017", text);
        Assert.Contains("förfallodagen är fortfarande 11.8.2017", text);
    }

    [Fact]
    public void GivenACollectionLetter_WhenRendered_ThenItSaysClientFeesAreDirectlyEnforceable()
    {
        var text = renderer.Render(TestNotices.CollectionLetter2(Language.Fi)).Text;

        Assert.Contains("suoraan ulosottokelpoisia", text);
        Assert.Contains("706/2007", text);
    }
}
