namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>The texts of the notices sent, as the invoice page lists and opens them.</summary>
public sealed partial class Texts
{
    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Notices() =>
    [
        ("Notices.Channel", "Kanava", "Kanal", "Channel"),
        ("Notices.SentAt", "Lähetetty", "Skickat", "Sent"),
        ("Notices.File", "Tiedosto", "Fil", "File"),
        ("Notices.Waiting", "odottaa lähetystä", "väntar på att skickas", "waiting to be sent"),
        ("Notices.Open", "Avaa", "Öppna", "Open"),
        ("Notices.OpenLabel", "Avaa {0} {1}", "Öppna {0} {1}", "Open the {0} of {1}"),
        ("Notices.Opened", "{0} avattiin uudessa välilehdessä ({1}).", "{0} öppnades i en ny flik ({1}).", "The {0} was opened in a new tab ({1})."),
        ("Notices.Saved", "{0} tallennettiin tiedostoon {1}.", "{0} sparades i filen {1}.", "The {0} was saved as {1}."),
        ("Notices.NoFile", "Ilmoituksen tiedostoa ei ole tallessa.", "Meddelandets fil finns inte sparad.", "No copy of the notice is kept."),
        ("Channel.letter", "kirje", "brev", "letter"),
        ("Channel.email", "sähköposti", "e-post", "email"),
        ("Channel.einvoice", "e-lasku", "e-faktura", "e-invoice"),
        ("Channel.withheld", "ei lähetetty (lasku suljettu maksamatta)", "skickades inte (fakturan stängd obetald)", "not sent (invoice closed unpaid)"),
        ("NoticeKind.invoice", "lasku", "faktura", "invoice"),
        ("NoticeKind.reminder", "maksumuistutus", "betalningspåminnelse", "reminder"),
        ("NoticeKind.collection_letter_1", "1. perintäkirje", "1:a indrivningsbrevet", "1st collection letter"),
        ("NoticeKind.collection_letter_2", "2. perintäkirje", "2:a indrivningsbrevet", "2nd collection letter"),
        ("NoticeKind.enforcement", "ulosottoilmoitus", "meddelande om utsökning", "enforcement notice"),
        ("NoticeKind.deferral_confirmation", "eräpäivän siirron vahvistus", "bekräftelse av uppskov", "deferral confirmation"),
        ("NoticeKind.payment_plan_confirmation", "maksusuunnitelman vahvistus", "bekräftelse av betalningsplan", "payment plan confirmation"),
        ("NoticeKind.waiver_confirmation", "ilmoitus perinnästä luopumisesta", "meddelande om efterskänkt indrivning", "waiver confirmation"),
    ];
}
