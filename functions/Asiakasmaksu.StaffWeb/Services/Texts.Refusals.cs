using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// The API's refusals (403) in words, by the problem's stable <c>reason</c> code; <c>{name}</c> is the
/// problem's value of that name (a role in words, a date as d.M.yyyy, {asked} the span asked for).
/// </summary>
public sealed partial class Texts
{
    /// <summary>The refusal of <paramref name="problem"/> in the session's language, or null when it has no known code (then its detail, in English, is shown after <see cref="ApiLead"/>).</summary>
    public string? Refusal(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Reason is not { } code)
        {
            return null;
        }

        var values = problem.Values ?? new Dictionary<string, string>();
        var text = (values.ContainsKey("from") ? Lookup($"Refusal.{code}.from") : null) ?? Lookup($"Refusal.{code}");
        if (text is null)
        {
            return null;
        }

        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Value(name, value), StringComparison.Ordinal);
        }

        var asked = string.Join(' ', new[] { ("askedMonths", "Refusal.Months"), ("askedDays", "Refusal.Days") }
            .Where(p => values.ContainsKey(p.Item1))
            .Select(p => Format(p.Item2, values[p.Item1])));
        return text.Replace("{asked}", values.TryGetValue("asked", out var date) ? Value("asked", date) : asked, StringComparison.Ordinal);
    }

    /// <summary>
    /// What a problem of <paramref name="status"/> means, in the session's language, when the words shown after it are the
    /// API's own (English, untranslated: a 400, 409 or 422, or a 403 without a known code); it ends where they begin.
    /// </summary>
    public string ApiLead(int status) => this[status switch
    {
        400 or 422 => "Problem.ApiWords400",
        403 => "Problem.ApiWords403",
        409 => "Problem.ApiWords409",
        _ => "Problem.ApiWordsOther",
    }];

    private string Value(string name, string value) =>
        name == "role" ? Code("Role", value)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(d)
        : value;

    private static IEnumerable<(string Key, string Fi, string Sv, string En)> Refusals() =>
    [
        ("Refusal.Months", "{0} kk", "{0} mån", "{0} months"),
        ("Refusal.Days", "{0} pv", "{0} d", "{0} days"),
        ("Refusal.auditor_reads_only", "Tarkastaja saa vain lukea tietoja.", "En granskare får bara läsa uppgifterna.", "An auditor may only read."),
        ("Refusal.deferral_beyond_limit", "Roolisi ({role}) saa siirtää eräpäivää enintään {months} kuukautta; pyydettiin {asked}.", "Din roll ({role}) får skjuta upp förfallodagen högst {months} månader; begärt var {asked}.", "Your role ({role}) may defer by at most {months} months; {asked} were asked."),
        ("Refusal.deferral_beyond_limit.from", "Roolisi ({role}) saa siirtää eräpäivää enintään {months} kuukautta alkuperäisestä eräpäivästä {from}; pyydettiin {asked}.", "Din roll ({role}) får skjuta upp förfallodagen högst {months} månader från den ursprungliga förfallodagen {from}; begärt var {asked}.", "Your role ({role}) may defer by at most {months} months from the original due date {from}; {asked} were asked."),
        ("Refusal.collection_deferral_supervisor_only", "Roolisi ({role}) ei saa siirtää perinnässä olevan laskun eräpäivää; esihenkilö voi, kerran.", "Din roll ({role}) får inte skjuta upp förfallodagen för en faktura i indrivning; en förman kan, en gång.", "Your role ({role}) may not defer an invoice in collection; a supervisor may, once."),
        ("Refusal.plan_single_installment", "Roolisi ({role}) saa sopia vähintään kahden erän suunnitelman, viimeinen erä viimeistään {last} ({months} kuukautta päivästä {from}); tässä suunnitelmassa on yksi erä: sen voi sopia esihenkilö tai johtaja.", "Din roll ({role}) får avtala en plan med minst två rater, den sista senast {last} ({months} månader från {from}); denna plan har en enda rat: en förman eller direktör kan avtala den.", "Your role ({role}) may agree a plan of at least two installments, the last by {last} ({months} months from {from}); this plan has a single installment: a supervisor or director may agree it."),
        ("Refusal.plan_beyond_limit", "Roolisi ({role}) saa sopia vähintään kahden erän suunnitelman, viimeinen erä viimeistään {last} ({months} kuukautta päivästä {from}); tämän suunnitelman viimeinen erä on {asked}: sen voi sopia esihenkilö tai johtaja.", "Din roll ({role}) får avtala en plan med minst två rater, den sista senast {last} ({months} månader från {from}); denna plans sista rat förfaller {asked}: en förman eller direktör kan avtala den.", "Your role ({role}) may agree a plan of at least two installments, the last by {last} ({months} months from {from}); this plan's last installment is on {asked}: a supervisor or director may agree it."),
        ("Refusal.cancel_invoice_supervisor_only", "Vain esihenkilö tai johtaja voi perua laskun virheellisenä (saatava päättyy); roolisi: {role}.", "Endast en förman eller direktör kan annullera en faktura som felaktig (fordran upphör); din roll: {role}.", "Only a supervisor or director may cancel an invoice as erroneous (it ends the claim); your role: {role}."),
        ("Refusal.waiver_director_only", "Vain johtaja voi luopua perinnästä; roolisi: {role}.", "Endast en direktör kan efterskänka indrivningen; din roll: {role}.", "Only a director may waive collection; your role: {role}."),
        ("Refusal.claim_decision_supervisor_only", "Oikaisuvaatimuksesta päättää esihenkilö tai johtaja; roolisi: {role}.", "En begäran om omprövning avgörs av en förman eller direktör; din roll: {role}.", "A rectification claim is decided by a supervisor or director; your role: {role}."),
        ("Refusal.deferral_decision_supervisor_only", "Siirtopyynnöstä päättää esihenkilö tai johtaja; roolisi: {role}.", "En begäran om uppskov avgörs av en förman eller direktör; din roll: {role}.", "A deferral request is decided by a supervisor or director; your role: {role}."),
        ("Refusal.own_deferral_request", "Kukaan ei päätä omasta siirtopyynnöstään: päätöksen tekee toinen esihenkilö tai johtaja.", "Ingen beslutar om sin egen begäran om uppskov: en annan förman eller en direktör beslutar.", "Nobody decides their own deferral request: another supervisor or a director decides it."),
        ("Refusal.fee_reduction_supervisor_only", "Asiakasmaksun alentamisesta päättää esihenkilö tai johtaja; roolisi: {role}.", "Om nedsättning av klientavgiften beslutar en förman eller direktör; din roll: {role}.", "A fee reduction is decided by a supervisor or director; your role: {role}."),
        ("Refusal.role_may_not_change", "Roolisi ({role}) ei saa muuttaa laskuja.", "Din roll ({role}) får inte ändra fakturor.", "Your role ({role}) may not change invoices."),
    ];
}
