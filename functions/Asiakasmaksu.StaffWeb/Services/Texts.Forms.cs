namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>The texts of the second set of forms: rectification claim and decision, estate write-off, allocation, fee reduction, ceiling statement.</summary>
public sealed partial class Texts
{
    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Forms() =>
        Claims().Concat(Estate()).Concat(Allocation()).Concat(Reduction()).Concat(ReductionKinds()).Concat(ReductionLines()).Concat(Statement());

    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Claims() =>
    [
        ("Invoice.RecordClaim", "Kirjaa oikaisuvaatimus", "Registrera en begäran om omprövning", "Record a rectification claim"),
        ("Invoice.DecideClaim", "Päätä oikaisuvaatimuksesta", "Besluta om begäran om omprövning", "Decide the rectification claim"),
        ("Queues.DecideClaim", "Päätä laskun {0} oikaisuvaatimuksesta", "Besluta om begäran om omprövning av faktura {0}", "Decide the rectification claim on invoice {0}"),
        ("Claim.Title", "Oikaisuvaatimuksen kirjaus", "Registrering av begäran om omprövning", "Record a rectification claim"),
        ("Claim.Deadline", "Määräaika päättyy", "Tidsfristen går ut", "Time limit ends"),
        ("Claim.RulesLabel", "Oikaisuvaatimuksen määräaika", "Tidsfristen för begäran om omprövning", "The claim's time limit"),
        ("Claim.Rules", "Oikaisuvaatimus tehdään {0} päivän kuluessa tiedoksisaannista. Lasku katsotaan saaduksi {1}. päivänä laskun päivästä {2} eli {3}, joten määräaika päättyy {4}. Myöhässä saapunut vaatimus kirjataan myös, myöhästyneeksi merkittynä.", "Begäran om omprövning görs inom {0} dagar från delfåendet. Fakturan anses mottagen den {1}:e dagen efter fakturadatumet {2}, alltså {3}, så tidsfristen går ut {4}. En begäran som kommit för sent registreras också, märkt som försenad.", "A rectification claim is made within {0} days of notification. The invoice is presumed received on the {1}th day after its date {2}, that is {3}, so the time limit ends on {4}. A late claim is recorded too, marked late."),
        ("Claim.Pauses", "Kirjattu vaatimus keskeyttää perinnän (muistutukset, perintäkirjeet, ulosotto), kunnes esihenkilö tai johtaja päättää siitä.", "En registrerad begäran avbryter indrivningen (påminnelser, indrivningsbrev, utsökning) tills en förman eller direktör beslutar om den.", "A recorded claim pauses collection (reminders, collection letters, enforcement) until a supervisor or director decides it."),
        ("Claim.ReceivedOn", "Saapumispäivä", "Ankomstdag", "Received on"),
        ("Claim.Within", "Saapunut määräajassa.", "Inkommen inom tidsfristen.", "Within the time limit."),
        ("Claim.Late", "Saapunut määräajan ({0}) jälkeen: kirjataan myöhästyneenä.", "Inkommen efter tidsfristen ({0}): registreras som försenad.", "After the time limit ({0}): recorded as late."),
        ("Claim.Future", "Saapumispäivä ei voi olla tulevaisuudessa (tänään on {0}).", "Ankomstdagen kan inte vara i framtiden (i dag är {0}).", "The day it arrived cannot be in the future (today is {0})."),
        ("Claim.BeforeInvoice", "Vaatimus ei voi saapua ennen laskun päivää {0}.", "Begäran kan inte ha kommit före fakturadatumet {0}.", "A claim cannot arrive before the invoice date {0}."),
        ("Claim.Note", "Muistiinpano", "Anteckning", "Note"),
        ("Claim.NoteHelp", "Vapaaehtoinen; kirjataan lokiin. Älä kirjoita henkilötunnusta.", "Frivillig; registreras i loggen. Skriv inte personbeteckningen.", "Optional; kept in the audit trail. Do not type a personal identity code."),
        ("Claim.Submit", "Kirjaa oikaisuvaatimus", "Registrera begäran", "Record the claim"),
        ("Claim.RecordedTitle", "Oikaisuvaatimus kirjattu", "Begäran om omprövning registrerad", "Rectification claim recorded"),
        ("Claim.RecordedText", "Vaatimus {0}, saapunut {1}, määräajassa. Perintä on keskeytetty, kunnes siitä päätetään.", "Begäran {0}, inkommen {1}, inom tidsfristen. Indrivningen är avbruten tills den har avgjorts.", "Claim {0}, received {1}, within the time limit. Collection is paused until it is decided."),
        ("Claim.RecordedLate", "Vaatimus {0}, saapunut {1}, myöhässä. Perintä on keskeytetty, kunnes siitä päätetään.", "Begäran {0}, inkommen {1}, för sent. Indrivningen är avbruten tills den har avgjorts.", "Claim {0}, received {1}, late. Collection is paused until it is decided."),
        ("Claim.ToDecision", "Oikaisuvaatimuksen päätös", "Beslut om begäran om omprövning", "Decision on the claim"),
        ("Claim.AlreadyPending", "Laskulla on jo käsittelemätön oikaisuvaatimus {0}, saapunut {1}.", "Fakturan har redan en obehandlad begäran om omprövning {0}, inkommen {1}.", "The invoice already has a pending rectification claim {0}, received {1}."),
        ("Decision.Title", "Oikaisuvaatimuksen päätös", "Beslut om begäran om omprövning", "Decision on a rectification claim"),
        ("Decision.NoClaim", "Laskulla ei ole käsittelemätöntä oikaisuvaatimusta.", "Fakturan har ingen obehandlad begäran om omprövning.", "The invoice has no pending rectification claim."),
        ("Decision.InTime", "määräajassa", "inom tidsfristen", "within the time limit"),
        ("Decision.Late", "myöhässä", "för sent", "late"),
        ("Decision.RulesLabel", "Mitä päätös tekee", "Vad beslutet gör", "What the decision does"),
        ("Decision.RuleAmount", "Hyväksytään uudella summalla: summa voi vain pienentyä (alle {0}); perintäkulut poistetaan ja lasku laskutetaan uudelleen päätöspäivästä uudella eräpäivällä.", "Godkänns med ett nytt belopp: beloppet kan bara sänkas (under {0}); indrivningskostnaderna stryks och fakturan faktureras på nytt från beslutsdagen med en ny förfallodag.", "Accepted with a new amount: the amount may only go down (below {0}); collection costs go and the invoice is billed anew from the decision day with a new due date."),
        ("Decision.RuleCancel", "Hyväksytään ilman summaa: lasku perutaan kokonaan.", "Godkänns utan belopp: fakturan annulleras helt.", "Accepted without an amount: the invoice is cancelled."),
        ("Decision.RuleReject", "Hylätään: perintä jatkuu, ja odottava eräpäivä siirtyy keskeytyksen päivien verran.", "Avslås: indrivningen fortsätter och den väntande förfallodagen flyttas med de dagar den var avbruten.", "Rejected: collection resumes, the pending due date moved by the days it was paused."),
        ("Decision.CannotDecide", "Oikaisuvaatimuksesta päättää esihenkilö tai johtaja. Roolisi ({0}) ei voi päättää siitä; vaatimus odottaa työjonossa.", "En förman eller direktör beslutar om begäran om omprövning. Din roll ({0}) kan inte besluta; begäran väntar i arbetskön.", "A supervisor or director decides a rectification claim. Your role ({0}) cannot decide it; the claim waits in the work queue."),
        ("Decision.Choice", "Päätös", "Beslut", "Decision"),
        ("Decision.ChoiceHelp", "Valitse yksi.", "Välj ett.", "Choose one."),
        ("Decision.ChoiceMissing", "Valitse päätös.", "Välj ett beslut.", "Choose a decision."),
        ("Decision.AcceptAmount", "Hyväksy uudella summalla", "Godkänn med ett nytt belopp", "Accept with a new amount"),
        ("Decision.AcceptCancel", "Hyväksy ja peru lasku", "Godkänn och annullera fakturan", "Accept and cancel the invoice"),
        ("Decision.Reject", "Hylkää", "Avslå", "Reject"),
        ("Decision.NewAmount", "Uusi summa (€)", "Nytt belopp (€)", "New amount (€)"),
        ("Decision.NewAmountHelp", "Euroina, vähemmän kuin nykyinen {0}.", "I euro, mindre än nuvarande {0}.", "In euros, less than the current {0}."),
        ("Decision.AmountError", "Anna uusi summa euroina (enintään kaksi desimaalia), yli 0 ja alle {0}.", "Ange det nya beloppet i euro (högst två decimaler), över 0 och under {0}.", "Give the new amount in euros (at most two decimals), above 0 and below {0}."),
        ("Decision.Note", "Perustelut", "Motivering", "Grounds"),
        ("Decision.Submit", "Tallenna päätös", "Spara beslutet", "Record the decision"),
        ("Decision.DoneTitle", "Päätös kirjattu", "Beslutet registrerat", "Decision recorded"),
        ("Decision.DoneAmount", "Vaatimus {0} hyväksytty: uusi summa {1}, uusi eräpäivä {2}, saldo {3}.", "Begäran {0} godkänd: nytt belopp {1}, ny förfallodag {2}, saldo {3}.", "Claim {0} accepted: new amount {1}, new due date {2}, balance {3}."),
        ("Decision.DoneCancel", "Vaatimus {0} hyväksytty: laskun tila {1}.", "Begäran {0} godkänd: fakturans status {1}.", "Claim {0} accepted: the invoice is {1}."),
        ("Decision.DoneReject", "Vaatimus {0} hylätty: perintä jatkuu, eräpäivä {1}.", "Begäran {0} avslagen: indrivningen fortsätter, förfallodag {1}.", "Claim {0} rejected: collection resumes, due date {1}."),
        ("Decision.ToQueue", "Työjonoihin", "Till arbetsköerna", "To the work queues"),
    ];

    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Estate() =>
    [
        ("Client.EstateWriteOff", "Kuolinpesän laskujen poisto", "Avskrivning av dödsboets fakturor", "Estate write-off"),
        ("Estate.Title", "Kuolinpesän laskujen poisto", "Avskrivning av dödsboets fakturor", "Estate write-off"),
        ("Estate.RulesLabel", "Mitä poisto tekee", "Vad avskrivningen gör", "What the write-off does"),
        ("Estate.Rules", "Kun perunkirjoitus osoittaa, ettei kuolinpesässä ole varoja, kaikki asiakkaan avoimet laskut poistetaan (tila: poistettu (kuolinpesä)) ja kuolinpesälle lähetetään yksi vahvistus. Poistettua laskua ei enää peritä. Alla ovat laskut, jotka poistetaan, ja mitä ne ovat tänään velkaa.", "När bouppteckningen visar att dödsboet saknar tillgångar avskrivs alla klientens öppna fakturor (status: avskriven (dödsbo)) och dödsboet får en bekräftelse. En avskriven faktura drivs inte längre in. Nedan finns fakturorna som avskrivs och vad de är skyldiga i dag.", "When the estate inventory shows the estate has no assets, every open invoice of the client is written off (status: written off (estate)) and the estate gets one confirmation. A written-off invoice is no longer collected. Below are the invoices it writes off and what they owe today."),
        ("Estate.NoOpen", "Asiakkaalla ei ole avoimia laskuja: poistettavaa ei ole.", "Klienten har inga öppna fakturor: inget att avskriva.", "The client has no open invoices: there is nothing to write off."),
        ("Estate.Caption", "Poistettavat avoimet laskut ({0})", "Öppna fakturor som avskrivs ({0})", "Open invoices to be written off ({0})"),
        ("Estate.Principal", "Pääoma", "Kapital", "Principal"),
        ("Estate.Fees", "Kulut", "Avgifter", "Fees"),
        ("Estate.Interest", "Korko", "Ränta", "Interest"),
        ("Estate.Total", "Yhteensä", "Totalt", "Total"),
        ("Estate.InventoryDate", "Perunkirjoituksen päivä", "Bouppteckningens datum", "Estate inventory date"),
        ("Estate.InventoryDateHelp", "Päivä muodossa p.k.vvvv, ei tulevaisuudessa.", "Datum i formen d.m.åååå, inte i framtiden.", "A date as d.m.yyyy, not in the future."),
        ("Estate.Future", "Perunkirjoituksen päivä ei voi olla tulevaisuudessa (tänään on {0}).", "Bouppteckningens datum kan inte vara i framtiden (i dag är {0}).", "The inventory date cannot be in the future (today is {0})."),
        ("Estate.Note", "Mitä perunkirjoituksesta todettiin", "Vad bouppteckningen visade", "What the inventory showed"),
        ("Estate.NoteHelp", "Kirjataan lokiin. Älä kirjoita henkilötunnusta.", "Registreras i loggen. Skriv inte personbeteckningen.", "Kept in the audit trail. Do not type a personal identity code."),
        ("Estate.NoteMissing", "Kirjoita, mitä perunkirjoituksesta todettiin.", "Skriv vad bouppteckningen visade.", "Write what the inventory showed."),
        ("Estate.Submit", "Vahvista: poista {0} avointa laskua ({1})", "Bekräfta: avskriv {0} öppna fakturor ({1})", "Confirm: write off {0} open invoices ({1})"),
        ("Estate.StartedTitle", "Kuolinpesän poisto käynnistetty", "Avskrivningen av dödsboet har startats", "Estate write-off started"),
        ("Estate.StartedText", "Poisto on käynnissä: {0} avointa laskua poistetaan perunkirjoituksen {1} perusteella, ja kuolinpesälle lähetetään vahvistus. Laskujen tila näkyy asiakkaan sivulla, kun poisto on tehty.", "Avskrivningen pågår: {0} öppna fakturor avskrivs på grund av bouppteckningen {1}, och dödsboet får en bekräftelse. Fakturornas status syns på klientens sida när avskrivningen är gjord.", "The write-off is under way: {0} open invoices are written off on the estate inventory of {1}, and the estate gets a confirmation. The invoices' status shows on the client's page once it is done."),
    ];

    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Allocation() =>
    [
        ("Queues.Allocate", "Kohdista maksu {0} ({1}, viite {2})", "Allokera betalningen {0} ({1}, referens {2})", "Allocate the payment {0} ({1}, reference {2})"),
        ("Allocate.Title", "Maksun kohdistus", "Allokering av betalning", "Allocate a payment"),
        ("Allocate.NoSuchPayment", "Kohdistamatonta maksua ei löytynyt.", "Den oallokerade betalningen hittades inte.", "The unmatched payment was not found."),
        ("Allocate.RulesLabel", "Mitä kohdistus tekee", "Vad allokeringen gör", "What the allocation does"),
        ("Allocate.Rules", "Maksu kirjataan valitulle laskulle maksupäivälle {0}: se kattaa ensin kulut, sitten koron ja viimeiseksi pääoman, ja ylimenevä osa jää asiakkaan hyvitykseksi. Jos maksupäivä on ennen muistutusta tai perintäkirjettä ja maksu kattaa sen, mitä silloin oli maksettavana, niiden kulut poistetaan ja lasku tulee maksetuksi. Kohdistus kirjataan lokiin eikä sitä voi kohdistaa toiselle laskulle.", "Betalningen registreras på den valda fakturan med betalningsdagen {0}: den täcker först avgifter, sedan ränta och sist kapitalet, och det som blir över sparas som klientens tillgodohavande. Om betalningsdagen är före en påminnelse eller ett indrivningsbrev och betalningen täcker det som då skulle betalas, stryks deras kostnader och fakturan blir betald. Allokeringen registreras i loggen och kan inte flyttas till en annan faktura.", "The payment is recorded on the invoice chosen, paid on {0}: it covers fees first, then interest, then principal, and anything beyond is kept as the client's credit. If it was paid before a reminder or collection letter and covers what was owed then, their costs are taken back and the invoice is paid. The allocation is audited and cannot be moved to another invoice."),
        ("Allocate.AlreadyAllocated", "Maksu on jo kohdistettu laskulle {0} ({1}).", "Betalningen är redan allokerad till faktura {0} ({1}).", "The payment is already allocated to invoice {0} ({1})."),
        ("Allocate.Reversal", "Tämä on palautus (negatiivinen maksu): sitä ei voi kohdistaa maksuna. Korjaa lasku, jolle maksu oli kirjattu.", "Detta är en återföring (negativ betalning): den kan inte allokeras som betalning. Rätta fakturan som betalningen registrerades på.", "This is a reversal (a negative payment): it cannot be allocated as a payment. Correct the invoice it was recorded on."),
        ("Allocate.FindInvoice", "Hae lasku", "Sök fakturan", "Find the invoice"),
        ("Allocate.Query", "Viitenumero tai laskun tunnus", "Referensnummer eller fakturans id", "Reference or invoice id"),
        ("Allocate.QueryHelp", "Myös laskun numero tai asiakastunnus käy. Maksun viite on valmiina, jos sillä oli viite.", "Fakturanummer eller klientnummer går också. Betalningens referens är ifylld om den hade en.", "An invoice number or a client id works too. The payment's reference is filled in when it had one."),
        ("Allocate.QueryMissing", "Kirjoita viitenumero tai laskun tunnus.", "Skriv ett referensnummer eller en fakturas id.", "Type a reference or an invoice id."),
        ("Allocate.Search", "Hae laskua", "Sök faktura", "Find the invoice"),
        ("Allocate.NoHits", "Haulla ei löytynyt laskua.", "Sökningen gav ingen faktura.", "No invoice was found."),
        ("Allocate.Pick", "Lasku, jolle maksu kohdistetaan", "Fakturan som betalningen allokeras till", "The invoice that takes the payment"),
        ("Allocate.Hit", "{0} – asiakas {1} (löytyi: {2})", "{0} – klient {1} (hittad med {2})", "{0} – client {1} (matched by {2})"),
        ("Allocate.Chosen", "Lasku {0}: {1}, {2}, saldo tänään {3}.", "Faktura {0}: {1}, {2}, saldo i dag {3}.", "Invoice {0}: {1}, {2}, balance today {3}."),
        ("Allocate.Reason", "Muistiinpano", "Anteckning", "Note"),
        ("Allocate.PickFirst", "Valitse lasku", "Välj en faktura", "Choose an invoice"),
        ("Allocate.Submit", "Vahvista: kohdista {0} laskulle {1}", "Bekräfta: allokera {0} till faktura {1}", "Confirm: allocate {0} to invoice {1}"),
        ("Allocate.DoneTitle", "Maksu kohdistettu", "Betalningen allokerad", "Payment allocated"),
        ("Allocate.DoneText", "{0} kohdistettu laskulle {1} ({2}). Laskun saldo nyt {3}.", "{0} allokerat till faktura {1} ({2}). Fakturans saldo nu {3}.", "{0} allocated to invoice {1} ({2}). The invoice's balance is now {3}."),
    ];

    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Statement() =>
    [
        ("Client.CeilingStatement", "Lähetä maksukattotiedote", "Skicka avgiftstaksbesked", "Send the ceiling statement"),
        ("Statement.Title", "Maksukattotiedote", "Besked om avgiftstaket", "Payment ceiling statement"),
        ("Statement.RulesLabel", "Mitä tiedote on", "Vad beskedet är", "What the statement is"),
        ("Statement.Rules", "Tiedote kertoo asiakkaalle vuoden maksukaton (734/1992 6 a §), siihen kertyneet maksut, mitä on jäljellä ja vapaakortin, kun katto on täyttynyt. Se lähtee asiakkaan postiin (tai sähköpostiin) lähtevien ilmoitusten jonosta. Saman päivän uusi pyyntö samasta tilanteesta ei lähetä toista tiedotetta.", "Beskedet berättar för klienten om årets avgiftstak (734/1992 6 a §), avgifterna som räknats mot det, vad som återstår och frikortet när taket har nåtts. Det går ut från kön av utgående meddelanden per post (eller e-post). En ny begäran samma dag i samma läge skickar inget andra besked.", "The statement tells the client the year's payment ceiling (734/1992 6 a §), the fees counted toward it, what remains and the free card once it is reached. It leaves from the outbox by post (or email). Asking again the same day for the same state sends no second statement."),
        ("Statement.Unconfirmed", "Vuodelle, jonka maksukattoa ei ole vahvistettu taksoissa (esimerkiksi 2027), tiedotetta ei voi lähettää: palvelu vastaa, ettei katto ole vahvistettu (422). Vuodelta, jolta asiakkaalla ei ole maksukattoon laskettavia maksuja, ei ole tiedotettavaa (404).", "För ett år vars avgiftstak inte har fastställts i taxorna (till exempel 2027) kan inget besked skickas: tjänsten svarar att taket inte är fastställt (422). För ett år utan avgifter som räknas mot taket finns inget att meddela (404).", "A year whose ceiling is not confirmed in the tariffs (for example 2027) gets no statement: the service answers that the ceiling is unconfirmed (422). A year without fees toward the ceiling has nothing to state (404)."),
        ("Statement.Year", "Vuosi", "År", "Year"),
        ("Statement.YearHelp", "Palvelupäivien kalenterivuosi, esimerkiksi 2026.", "Kalenderåret för tjänstedagarna, till exempel 2026.", "The calendar year of the service dates, for example 2026."),
        ("Statement.YearError", "Anna vuosi neljällä numerolla, 2000–2099.", "Ange året med fyra siffror, 2000–2099.", "Give the year as four digits, 2000–2099."),
        ("Statement.Submit", "Lähetä tiedote", "Skicka beskedet", "Send the statement"),
        ("Statement.QueuedTitle", "Tiedote jonossa", "Beskedet i kön", "Statement queued"),
        ("Statement.QueuedText", "Vuoden {0} maksukattotiedote on lähtevien ilmoitusten jonossa: ilmoitus {1}.", "Avgiftstaksbeskedet för {0} finns i kön av utgående meddelanden: meddelande {1}.", "The ceiling statement of {0} is in the outbox: notice {1}."),
        ("Statement.NoFees", "Asiakkaalla ei ole tältä vuodelta maksukattoon laskettavia maksuja, joten tiedotettavaa ei ole.", "Klienten har inga avgifter som räknas mot taket detta år, så det finns inget att meddela.", "The client has no fees toward the ceiling that year, so there is nothing to state."),
        ("Statement.UnconfirmedRefused", "Vuoden maksukattoa ei ole vahvistettu taksoissa, joten tiedotetta ei voi lähettää ennen kuin katto on asetettu.", "Årets avgiftstak är inte fastställt i taxorna, så beskedet kan inte skickas förrän taket har angetts.", "The year's ceiling is not confirmed in the tariffs, so no statement can be sent until it is set."),
    ];
}
