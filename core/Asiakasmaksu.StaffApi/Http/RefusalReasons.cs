using System.Text.RegularExpressions;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// The stable code of a refusal (403) and the values in it, read from the reason the rules give in
/// words, so that a client can say it in its own language (the problem's <c>reason</c> and
/// <c>values</c>; docs/staff-api.md, "Answers"). Values are roles (<c>team</c>, <c>supervisor</c>,
/// <c>director</c>, <c>auditor</c>, <c>system</c>), dates <c>yyyy-mm-dd</c> and whole numbers, never
/// personal data. A reason no pattern knows has no code; its words are still the <c>detail</c>.
/// </summary>
internal static partial class RefusalReasons
{
    private const string Who = "(?<role>a team member|a supervisor|a director|an auditor|the system|a team|a auditor)";

    private static readonly (string Code, Regex Pattern)[] Known =
    [
        ("auditor_reads_only", AuditorReadsOnly()),
        ("deferral_beyond_limit", DeferralBeyondLimit()),
        ("collection_deferral_supervisor_only", CollectionDeferral()),
        ("plan_single_installment", PlanSingle()),
        ("plan_beyond_limit", PlanBeyondLimit()),
        ("cancel_invoice_supervisor_only", CancelInvoice()),
        ("waiver_director_only", Waiver()),
        ("claim_decision_supervisor_only", ClaimDecision()),
        ("deferral_decision_supervisor_only", DeferralDecision()),
        ("own_deferral_request", OwnRequest()),
        ("fee_reduction_supervisor_only", FeeReduction()),
        ("role_may_not_change", MayNot()),
    ];

    /// <summary>The code and values of <paramref name="reason"/>, or null when it is not one of the known refusals.</summary>
    public static (string Code, IReadOnlyDictionary<string, string> Values)? Classify(string reason)
    {
        foreach (var (code, pattern) in Known)
        {
            if (pattern.Match(reason) is { Success: true } m)
            {
                var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var group in m.Groups.Values.Where(g => g.Success && !char.IsDigit(g.Name[0])))
                {
                    values[group.Name] = group.Name == "role" ? RoleOf(group.Value) : group.Value;
                }

                return (code, values);
            }
        }

        return null;
    }

    private static string RoleOf(string who) => who switch
    {
        "a team member" or "a team" => "team",
        "a supervisor" => "supervisor",
        "a director" => "director",
        "an auditor" or "a auditor" => "auditor",
        _ => "system",
    };

    [GeneratedRegex("^an auditor reads only$")]
    private static partial Regex AuditorReadsOnly();

    [GeneratedRegex("^" + Who + @" may defer by at most (?<months>\d+) months(?: from the original due date (?<from>\d{4}-\d{2}-\d{2}))?; (?:(?<askedMonths>\d+) months?)? ?(?:(?<askedDays>\d+) days?)? were asked$")]
    private static partial Regex DeferralBeyondLimit();

    [GeneratedRegex("^" + Who + " may not defer an invoice in collection; a supervisor may, once$")]
    private static partial Regex CollectionDeferral();

    [GeneratedRegex("^" + Who + @" may agree a plan of at least two installments, the last by (?<last>\d{4}-\d{2}-\d{2}) \((?<months>\d+) months from (?<from>\d{4}-\d{2}-\d{2})\); this plan has a single installment: a supervisor or director may agree it$")]
    private static partial Regex PlanSingle();

    [GeneratedRegex("^" + Who + @" may agree a plan of at least two installments, the last by (?<last>\d{4}-\d{2}-\d{2}) \((?<months>\d+) months from (?<from>\d{4}-\d{2}-\d{2})\); this plan's last installment is on (?<asked>\d{4}-\d{2}-\d{2}): a supervisor or director may agree it$")]
    private static partial Regex PlanBeyondLimit();

    [GeneratedRegex("^only a supervisor or director may cancel an invoice as erroneous \\(it ends the claim\\); " + Who + " asked$")]
    private static partial Regex CancelInvoice();

    [GeneratedRegex("^only a director may waive collection; " + Who + " asked$")]
    private static partial Regex Waiver();

    [GeneratedRegex("^a rectification claim is decided by a supervisor or director; " + Who + " asked$")]
    private static partial Regex ClaimDecision();

    [GeneratedRegex("^a deferral request is decided by a supervisor or director; " + Who + " asked$")]
    private static partial Regex DeferralDecision();

    [GeneratedRegex("^nobody decides their own deferral request: another supervisor or a director decides it$")]
    private static partial Regex OwnRequest();

    [GeneratedRegex("^only a supervisor or director may decide a fee reduction; " + Who + " asked$")]
    private static partial Regex FeeReduction();

    [GeneratedRegex("^" + Who + " may not (?:defer due dates|agree payment plans|cancel invoices|record rectification claims|record estate write-offs|request deferrals|record payments)$")]
    private static partial Regex MayNot();
}
