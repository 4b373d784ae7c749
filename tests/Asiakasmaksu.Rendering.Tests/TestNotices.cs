using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// Fixed notices for the renderer: the seed's worked example (June's fees invoiced 25.7.2017,
/// due 11.8.2017, seed 000) and what follows it, with the reference 12345672 (base 1234567, check
/// digit 2) and the issuer <see cref="IssuerProfile.Example"/> (IBAN FI21 1234 5600 0007 85).
/// </summary>
internal static class TestNotices
{
    public const string Reference = "12345672";

    public static readonly DateOnly InvoiceDate = new(2017, 7, 25);
    public static readonly DateOnly DueDate = new(2017, 8, 11);
    public static readonly InvoiceId Id = new("k3jqz7ma-5ee2ytd4bn3wq6rf");

    public static readonly PostalAddress Client = new("Maija Meikäläinen", "Esimerkkikatu 1 A 2", "00100", "Helsinki");
    public static readonly PostalAddress Guardian = new("Eero Edunvalvoja", "Holhoojantie 5", "00200", "Helsinki");

    public static Recipient ToClient(string? email = null) => new(Client, email, false);

    public static Recipient ToGuardian(string? email = null) => new(Guardian, email, true);

    /// <summary>The seed invoice: a health-centre visit that counts toward the ceiling and home care (2 × 12.50 €) that does not; 45.90 € in all.</summary>
    public static Notice Invoice(Language language = Language.Fi, Recipient? recipient = null, string clientName = "Maija Meikäläinen") =>
        Make(NoticeKind.Invoice, InvoiceDate, language, recipient, clientName, new(Money.Of(45.90m), Money.Zero, Money.Zero, Money.Of(45.90m)), DueDate) with
        {
            Details = NoticeDetails.None with
            {
                InvoiceDate = InvoiceDate,
                Lines =
                [
                    new InvoiceLine("L1", "TK-VASTAANOTTO", new DateOnly(2017, 6, 12), Money.Of(20.90m), true),
                    new InvoiceLine("L2", "KOTIHOITO", new DateOnly(2017, 6, 30), Money.Of(25.00m), false, 2m, Money.Of(12.50m)),
                ],
            },
        };

    /// <summary>The reminder of 29.8.2017: fee 5.00 €, interest 0.16 €, due 12.9.2017.</summary>
    public static Notice Reminder(Language language = Language.Fi) =>
        Make(NoticeKind.Reminder, new(2017, 8, 29), language, null, "Maija Meikäläinen", Owed(5.00m, 0.16m), new(2017, 9, 12));

    public static Notice CollectionLetter1(Language language = Language.Fi) =>
        Make(NoticeKind.CollectionLetter1, new(2017, 9, 13), language, null, "Maija Meikäläinen", Owed(19.00m, 0.42m), new(2017, 9, 27));

    public static Notice CollectionLetter2(Language language = Language.Fi) =>
        Make(NoticeKind.CollectionLetter2, new(2017, 9, 28), language, null, "Maija Meikäläinen", Owed(26.00m, 0.56m), new(2017, 10, 12));

    public static Notice Enforcement(Language language = Language.Fi) =>
        Make(NoticeKind.Enforcement, new(2017, 10, 13), language, null, "Maija Meikäläinen", Owed(26.00m, 0.69m), null);

    public static Notice DeferralConfirmation(Language language = Language.Fi) =>
        Make(NoticeKind.DeferralConfirmation, new(2017, 8, 3), language, null, "Maija Meikäläinen", Owed(0m, 0m), new(2017, 9, 11)) with
        {
            Details = NoticeDetails.None with { InvoiceDate = InvoiceDate, PreviousDueDate = DueDate },
        };

    public static Notice DeferralRefused(Language language = Language.Fi) =>
        Make(NoticeKind.DeferralRefused, new(2017, 8, 3), language, null, "Maija Meikäläinen", Owed(0m, 0m), DueDate) with
        {
            Details = NoticeDetails.None with { InvoiceDate = InvoiceDate, PreviousDueDate = new DateOnly(2017, 11, 10) },
        };

    /// <summary>A plan of two installments, 25.90 € due 11.9.2017 and 25.26 € due 11.10.2017 (51.16 € owed after the reminder).</summary>
    public static Notice PaymentPlan(Language language = Language.Fi) =>
        Make(NoticeKind.PaymentPlanConfirmation, new(2017, 9, 1), language, null, "Maija Meikäläinen", Owed(5.00m, 0.26m), new(2017, 9, 11)) with
        {
            Details = NoticeDetails.None with
            {
                InvoiceDate = InvoiceDate,
                Installments = [new Installment(new(2017, 9, 11), Money.Of(25.90m)), new Installment(new(2017, 10, 11), Money.Of(25.26m))],
            },
        };

    public static Notice Waiver(Language language = Language.Fi) =>
        Make(NoticeKind.WaiverConfirmation, new(2017, 9, 5), language, null, "Maija Meikäläinen", Owed(5.00m, 0.16m), null);

    /// <summary>The estate confirmation: two invoices (45.90 € and 38.20 €, 84.10 € in all), inventory 2.10.2017, to the estate administrator.</summary>
    public static Notice WriteOff(Language language = Language.Fi) =>
        NoticeComposer.ForEstateWriteOff(
            "estate-A-1001-20171020",
            "A-1001",
            "Maija Meikäläinen",
            language,
            new Recipient(new PostalAddress("Pekka Pesänhoitaja", "Pesäkuja 3", "00300", "Helsinki"), null, true),
            new DateOnly(2017, 10, 20),
            new DateOnly(2017, 10, 2),
            [
                new WrittenOffInvoice(Id, InvoiceDate, Reference, Money.Of(45.90m)),
                new WrittenOffInvoice(new InvoiceId("k3jqz7mb-aaaaaaaaaaaaaaaa"), new DateOnly(2017, 8, 25), "1234561", Money.Of(38.20m)),
            ]);

    /// <summary>
    /// A fee-reduction decision on seed 001's 2020 amounts: a single pensioner at home applies on
    /// 17.3.2020 (pension 1 430.00 €, rent 760.00 €, savings as given); 1 430.00 − 760.00 − 502.21 =
    /// 167.79 € a month is left for the 310.40 € home-care fee. A lower pension waives it; savings
    /// above 4 000 € refuse.
    /// </summary>
    public static Notice FeeReduction(Language language = Language.Fi, decimal pension = 1430.00m, decimal savings = 1200m)
    {
        var application = new FeeReductionApplication(
            new DateOnly(2020, 3, 17),
            12,
            Household.Single,
            LivingArrangement.Home,
            [new(IncomeKind.Pension, HouseholdMember.Applicant, Money.Of(pension))],
            [new(ExpenseKind.Rent, HouseholdMember.Applicant, Money.Of(760.00m)), new(ExpenseKind.NotAccepted, HouseholdMember.Applicant, Money.Of(25.00m), "hobby")],
            Money.Of(savings),
            [new("KOTIHOITO", FeeKind.SocialCare, Money.Of(310.40m)), new("POLIKLINIKKA", FeeKind.FlatHealthCare, Money.Of(41.80m))]);
        var decision = FeeReductionDecision.Of(
            "fr-1",
            "A-1001",
            application,
            FeeReductionCalculator.Calculate(application, DefaultTariffs.Load()),
            new Stamp(new Actor("sup-maija", StaffRole.Supervisor), new DateTimeOffset(2020, 3, 25, 10, 0, 0, TimeSpan.Zero), "application of 17.3.2020"));
        return FeeReductionNoticeComposer.For(decision, new DateOnly(2020, 3, 25), language, ToClient(), "Maija Meikäläinen");
    }

    /// <summary>One notice of every kind.</summary>
    public static IReadOnlyList<Notice> AllKinds(Language language) =>
    [
        Invoice(language), Reminder(language), CollectionLetter1(language), CollectionLetter2(language), Enforcement(language),
        DeferralConfirmation(language), PaymentPlan(language), WriteOff(language), Waiver(language), DeferralRefused(language),
        FeeReduction(language),
        FreeCard(language), FreeCardRevoked(language), CeilingStatement(language),
    ];

    /// <summary>A free card for 2024 (ceiling 762 €) from 3 February, replacing one from 10 January.</summary>
    public static Notice FreeCard(Language language = Language.Fi) => Ceiling(NoticeKind.FreeCard, language, new CeilingNoticeDetails(
        2024, Money.Of(762m), Money.Of(762m), Money.Zero, new DateOnly(2024, 2, 3), new DateOnly(2024, 1, 10), null, []));

    /// <summary>The 2024 free card from 3 February revoked: 400 € accrued, 362 € remaining.</summary>
    public static Notice FreeCardRevoked(Language language = Language.Fi) => Ceiling(NoticeKind.FreeCardRevoked, language, new CeilingNoticeDetails(
        2024, Money.Of(762m), Money.Of(400m), Money.Of(362m), null, null, new DateOnly(2024, 2, 3), []));

    /// <summary>A 2024 statement: the client's own visit, a minor's stay that reached the ceiling, and a free visit after it.</summary>
    public static Notice CeilingStatement(Language language = Language.Fi) => Ceiling(NoticeKind.CeilingStatement, language, new CeilingNoticeDetails(
        2024, Money.Of(762m), Money.Of(762m), Money.Zero, new DateOnly(2024, 2, 3), null, null,
        [
            new CeilingStatementLine(new DateOnly(2024, 1, 10), "TK-VASTAANOTTO", "A-1001", Money.Of(400m), Money.Of(400m), Money.Of(400m)),
            new CeilingStatementLine(new DateOnly(2024, 2, 3), "LAITOSHOITO", "A-1002", Money.Of(500m), Money.Of(412.20m), Money.Of(362m)),
            new CeilingStatementLine(new DateOnly(2024, 2, 5), "TK-VASTAANOTTO", "A-1001", Money.Of(80m), Money.Zero, Money.Zero),
        ]));

    private static Notice Ceiling(NoticeKind kind, Language language, CeilingNoticeDetails details) =>
        new($"ceiling-A-1001-2024-{(int)kind:D4}", kind, new DateOnly(2024, 3, 1), language, ToClient(), "Maija Meikäläinen", "A-1001", null, null,
            new NoticeAmounts(Money.Zero, Money.Zero, Money.Zero, Money.Zero), null, null, NoticeDetails.None with { Ceiling = details });

    private static NoticeAmounts Owed(decimal fees, decimal interest)
    {
        var principal = Money.Of(45.90m);
        return new(principal, Money.Of(fees), Money.Of(interest), principal + Money.Of(fees) + Money.Of(interest));
    }

    private static Notice Make(NoticeKind kind, DateOnly date, Language language, Recipient? recipient, string clientName, NoticeAmounts amounts, DateOnly? due) =>
        new(
            $"{Id.Value}-{(int)kind:D4}",
            kind,
            date,
            language,
            recipient ?? ToClient(),
            clientName,
            "A-1001",
            "2017-06",
            Id,
            amounts,
            due,
            Reference,
            NoticeDetails.None with { InvoiceDate = InvoiceDate });
}
