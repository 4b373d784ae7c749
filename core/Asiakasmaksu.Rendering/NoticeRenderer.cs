using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering.Letters;
using Asiakasmaksu.Rendering.Model;
using Asiakasmaksu.Rendering.Templating;

namespace Asiakasmaksu.Rendering;

/// <summary>
/// Renders notices in the client's language (fi, sv, en) from the Scriban templates embedded under
/// Templates/: for email as subject, plain text and HTML (<see cref="Render"/>), and as a printable
/// letter for a recipient without an email address, as PDF (<see cref="RenderLetterPdf"/>) or
/// print-ready HTML (<see cref="RenderLetterHtml"/>), with the recipient's address placed for a
/// window envelope. Pure and thread-safe: the same notice always gives the same output.
/// </summary>
public sealed class NoticeRenderer
{
    private readonly IssuerProfile issuer;

    /// <summary>Creates a renderer for notices sent by <paramref name="issuer"/>; throws when the profile cannot be used (see <see cref="IssuerProfile.Problems"/>).</summary>
    public NoticeRenderer(IssuerProfile issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var problems = issuer.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The issuer profile cannot be used: {string.Join(" ", problems)}", nameof(issuer));
        }

        this.issuer = issuer;
    }

    /// <summary>The notice as an email: subject, plain text and HTML.</summary>
    public RenderedNotice Render(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var view = NoticeViewBuilder.Build(notice, issuer, letter: false);
        return new RenderedNotice(Subject(notice), Text(view), Html(view));
    }

    /// <summary>The notice as a printable HTML letter (A4, the address in the envelope window).</summary>
    public string RenderLetterHtml(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Html(NoticeViewBuilder.Build(notice, issuer, letter: true));
    }

    /// <summary>The notice as a PDF letter (A4, the address in the envelope window, fonts embedded; a letter that asks for one payment has the payment slip with the Code 128 bank barcode at the foot of its first page).</summary>
    public byte[] RenderLetterPdf(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var view = NoticeViewBuilder.Build(notice, issuer, letter: true);
        var strings = StringTable.For(notice.Language);
        var markup = LetterMarkup.Parse(ViewRenderer.Render(TemplateFormat.Text, view.Notice.Kind, view));
        var i = view.Issuer;
        var r = view.Recipient;
        return PdfLetterWriter.Write(
            view.Notice.Title,
            [i.Name, i.Street, $"{i.PostalCode} {i.City}"],
            [r.Name, r.Street, $"{r.PostalCode} {r.City}"],
            markup,
            [
                $"{i.Name} · {i.Street}, {i.PostalCode} {i.City} · {strings.Get("label.business_id")} {i.BusinessId}",
                $"{i.Phone} · {i.Email} · IBAN {i.Iban} · BIC {i.Bic}",
            ],
            Slip(notice, view));
    }

    /// <summary>The payment slip of a letter that asks for one payment with a barcode (not a payment plan: its installments have their own); else null.</summary>
    private static PaymentSlip? Slip(Notice notice, NoticeView view) =>
        view.Payment is { Barcode: { } barcode } payment
            ? new PaymentSlip(
                payment.Iban,
                payment.Bic,
                [view.Issuer.Name, view.Issuer.Street, $"{view.Issuer.PostalCode} {view.Issuer.City}"],
                [view.Recipient.Name, view.Recipient.Street, $"{view.Recipient.PostalCode} {view.Recipient.City}"],
                view.Notice.InvoiceNumber,
                payment.Reference,
                NoticeFormat.Date(notice.DueDate!.Value, Domain.Language.Fi),
                notice.Amounts.Total.Format(Domain.Language.Fi),
                barcode)
            : null;

    /// <summary>
    /// The notice as an e-invoice: one Finvoice 3.0 message (UTF-8 XML), for a notice that goes out as
    /// one (<see cref="Domain.Notices.EInvoicing.Applies"/>) from an issuer that sends e-invoices
    /// (<see cref="IssuerProfile.SendsEInvoices"/>); throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public byte[] RenderEInvoice(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!issuer.SendsEInvoices)
        {
            throw new ArgumentException("The issuer profile names no e-invoice operator, so it sends no e-invoices.", nameof(notice));
        }

        return EInvoices.FinvoiceWriter.Write(notice, issuer);
    }

    /// <summary>The subject line: title, date and issuer, e.g. "Lasku 25.7.2017 – Esimerkkilän hyvinvointialue".</summary>
    public string Subject(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var strings = StringTable.For(notice.Language);
        return strings.Format("subject", new Dictionary<string, string?>
        {
            ["title"] = NoticeViewBuilder.Title(notice, strings),
            ["date"] = NoticeFormat.Date(notice.Date, notice.Language),
            ["issuer"] = issuer.Name.In(notice.Language),
        });
    }

    private static string Text(NoticeView view) =>
        PlainTextWriter.Write(LetterMarkup.Parse(ViewRenderer.Render(TemplateFormat.Text, view.Notice.Kind, view)));

    private static string Html(NoticeView view) =>
        ViewRenderer.Render(TemplateFormat.Html, "_layout", view, new RawContent(ViewRenderer.Render(TemplateFormat.Html, view.Notice.Kind, view)));
}
