using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Rendering.Templating;

namespace Asiakasmaksu.Rendering.Model;

/// <summary>Turns a <see cref="Notice"/> into the <see cref="NoticeView"/> its templates show: formatted, references and barcodes computed.</summary>
internal static class NoticeViewBuilder
{
    public static NoticeView Build(Notice notice, IssuerProfile issuer, bool letter)
    {
        var language = notice.Language;
        var strings = StringTable.For(language);
        string Date(DateOnly d) => NoticeFormat.Date(d, language);
        string Amount(Money m) => m.Format(language);

        var address = notice.Recipient.Address;
        var lines = notice.Details.Lines
            .Select(l => new LineView(
                l.ServiceCode,
                Date(l.ServiceDate),
                l is { Quantity: { } q, UnitPrice: { } p } ? $"{NoticeFormat.Quantity(q, language)} × {Amount(p)}" : null,
                Amount(l.Amount),
                l.CountsTowardCeiling,
                strings.Get(l.CountsTowardCeiling ? "ceiling.yes" : "ceiling.no"),
                l.ListAmount is { } listed ? Amount(listed) : null,
                l.FeeReductionId is null ? "ceiling.list_price" : "fee_reduction.list_price"))
            .ToList();
        var counting = notice.Details.Lines.Where(l => l.CountsTowardCeiling).Aggregate(Money.Zero, (sum, l) => sum + l.Amount);

        return new NoticeView(
            new NoticeInfoView(
                notice.Id,
                notice.Kind.Name(),
                language.Code(),
                Title(notice, strings),
                Date(notice.Date),
                notice.InvoiceNumber ?? notice.InvoiceId?.Value,
                notice.ClientId,
                notice.ClientName,
                notice.Recipient.OnBehalfOfClient,
                NoticeFormat.Date(notice.Details.InvoiceDate, language),
                NoticeFormat.Date(notice.DueDate, language),
                NoticeFormat.Date(notice.Details.PreviousDueDate, language),
                NoticeFormat.Date(notice.Details.InventoryDate, language),
                notice.Details.IsCorrection),
            Issuer(issuer, language),
            new RecipientView(address.Name, address.Street, address.PostalCode, address.City),
            new AmountsView(
                Amount(notice.Amounts.Principal),
                Amount(notice.Amounts.Fees),
                Amount(notice.Amounts.Interest),
                Amount(notice.Amounts.Total),
                ShowsCosts(notice),
                !notice.Amounts.Total.IsPositive),
            Payment(notice, issuer),
            lines,
            lines.Any(l => l.Quantity is not null),
            counting.IsZero ? null : Amount(counting),
            Installments(notice, issuer),
            notice.Details.WrittenOffInvoices
                .Select(i => new WrittenOffView(i.InvoiceNumber ?? i.InvoiceId.Value, Date(i.InvoiceDate), NationalReference.Format(i.Reference), Amount(i.Amount)))
                .ToList(),
            letter,
            FeeReductionViewBuilder.Build(notice, strings),
            Ceiling(notice.Details.Ceiling, language));
    }

    private static CeilingView? Ceiling(CeilingNoticeDetails? ceiling, Language language)
    {
        if (ceiling is null)
        {
            return null;
        }

        string? Date(DateOnly? d) => NoticeFormat.Date(d, language);
        return new CeilingView(
            ceiling.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ceiling.Ceiling.Format(language),
            ceiling.Accrued.Format(language),
            ceiling.Remaining.Format(language),
            Date(ceiling.FreeCardFrom),
            Date(ceiling.ReplacedFrom),
            Date(ceiling.RevokedFrom),
            [.. ceiling.Lines.Select(l => new CeilingLineView(
                NoticeFormat.Date(l.ServiceDate, language),
                l.ServiceCode ?? string.Empty,
                l.ClientId,
                l.Billed.Format(language),
                l.Charged.Format(language),
                l.TowardCeiling.Format(language)))]);
    }

    /// <summary>The notice's title in its language ("Lasku", "Maksumuistutus", …; a corrected invoice says so).</summary>
    public static string Title(Notice notice, StringTable strings) =>
        strings.Get(notice is { Kind: NoticeKind.Invoice, Details.IsCorrection: true } ? "title.invoice_correction" : $"title.{notice.Kind.Name()}");

    /// <summary>True for the kinds that ask the recipient to pay one amount by one due date.</summary>
    public static bool AsksPayment(NoticeKind kind) => kind is NoticeKind.Invoice or NoticeKind.Reminder
        or NoticeKind.CollectionLetter1 or NoticeKind.CollectionLetter2
        or NoticeKind.DeferralConfirmation or NoticeKind.DeferralRefused;

    private static bool ShowsCosts(Notice notice) =>
        notice.Kind is NoticeKind.Reminder or NoticeKind.CollectionLetter1 or NoticeKind.CollectionLetter2 or NoticeKind.Enforcement
        || !notice.Amounts.Fees.IsZero
        || !notice.Amounts.Interest.IsZero;

    private static IssuerView Issuer(IssuerProfile issuer, Language language) => new(
        issuer.Name.In(language),
        issuer.Street,
        issuer.PostalCode,
        issuer.City,
        issuer.BusinessId,
        NoticeFormat.Iban(issuer.ElectronicIban),
        issuer.Bic,
        issuer.Phone,
        issuer.Email,
        issuer.RectificationAuthority.In(language),
        issuer.RectificationStreet,
        issuer.RectificationPostalCode,
        issuer.RectificationCity);

    private static PaymentView? Payment(Notice notice, IssuerProfile issuer)
    {
        var plan = notice.Kind == NoticeKind.PaymentPlanConfirmation && notice.Details.Installments.Count > 0;
        if (notice.Reference is not { } reference || !(plan || (AsksPayment(notice.Kind) && notice.DueDate is not null && notice.Amounts.Total.IsPositive)))
        {
            return null;
        }

        var language = notice.Language;
        return new PaymentView(
            plan ? null : notice.Amounts.Total.Format(language),
            plan ? null : NoticeFormat.Date(notice.DueDate, language),
            issuer.Name.In(language),
            NoticeFormat.Iban(issuer.ElectronicIban),
            issuer.Bic,
            NationalReference.Format(reference),
            CreditorReference.Format(CreditorReference.FromNational(reference)),
            plan ? null : VirtualBarcode.Create(issuer.ElectronicIban, notice.Amounts.Total, reference, notice.DueDate));
    }

    private static List<InstallmentView> Installments(Notice notice, IssuerProfile issuer) =>
        notice.Reference is not { } reference
            ? []
            : notice.Details.Installments
                .Select((i, n) => new InstallmentView(
                    n + 1,
                    NoticeFormat.Date(i.DueDate, notice.Language),
                    i.Amount.Format(notice.Language),
                    VirtualBarcode.Create(issuer.ElectronicIban, i.Amount, reference, i.DueDate)))
                .ToList();
}
