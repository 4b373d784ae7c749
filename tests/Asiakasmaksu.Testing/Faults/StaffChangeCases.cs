using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Testing.Faults.FaultSeed;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// The table of the fault-injection proof: each staff change the staff API offers, as the API runs
/// it (its Idempotency-Key claimed and answered around the use case; a workflow's steps after it
/// where the API hands the change to one), and what a clean run leaves.
/// </summary>
public static class StaffChangeCases
{
    private static readonly Actor Anna = new("team-anna", StaffRole.Team);
    private static readonly Actor Kari = new("sup-kari", StaffRole.Supervisor);
    private static readonly Actor Liisa = new("dir-liisa", StaffRole.Director);

    /// <summary>10.3.2026 09:00 in Helsinki, before the invoice's due date.</summary>
    private static readonly DateTimeOffset Morning = BusinessTime.At(new DateOnly(2026, 3, 10), new TimeOnly(9, 0));

    /// <summary>20.4.2026 09:00, after the reminder of 7.4.2026 (the invoice is in collection).</summary>
    private static readonly DateTimeOffset InCollection = BusinessTime.At(new DateOnly(2026, 4, 20), new TimeOnly(9, 0));

    private static readonly DateOnly RequestedDueDate = new(2026, 9, 30);

    private static readonly UnmatchedPayment Unmatched = new(
        UnmatchedPayment.IdFor("bank-1"), "bank-1", "payments.ktl", Money.Of(60m), false, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 9),
        "999", "unknown reference", BusinessTime.At(new DateOnly(2026, 3, 9), new TimeOnly(6, 0)), UnmatchedPayment.Open, null, null, null);

    /// <summary>Seed 001's single pensioner at home applying on 17.3.2020 (the year whose fee-reduction amounts are confirmed).</summary>
    private static readonly FeeReductionApplication Application = new(
        new DateOnly(2020, 3, 17),
        12,
        Household.Single,
        LivingArrangement.Home,
        [new(IncomeKind.Pension, HouseholdMember.Applicant, Money.Of(1430m))],
        [new(ExpenseKind.Rent, HouseholdMember.Applicant, Money.Of(760m))],
        Money.Of(1200m),
        [new("KOTIHOITO", FeeKind.SocialCare, Money.Of(310.40m))]);

    /// <summary>Every case, by name.</summary>
    public static IReadOnlyList<FaultCase> All { get; } =
    [
        new("deferral", Morning, Imported, r => r.ApiAsync(Anna, "k-deferral", _ =>
                r.Staff.DeferAsync(First, new DateOnly(2026, 4, 20), r.Stamp(Anna, "long hospital stay"), default)),
            Counts(("event DueDateDeferred", 1), ("audit deferral/applied", 1), ("notice DeferralConfirmation", 1))),

        new("deferral request", Morning, Imported, RequestAsync,
            Counts(("deferral request pending", 1), ("audit deferral_request/requested", 1))),

        new("deferral request decision (approval)", Morning.AddHours(1), async ports =>
            {
                await Imported(ports);
                await RequestAsync(new StaffRun(ports, Morning));
            },
            r => DecideAsync(r, approve: true),
            Counts(("deferral request approved", 1), ("event DueDateDeferred", 1), ("audit deferral/applied", 1), ("audit deferral_request_decision/approved", 1), ("notice DeferralConfirmation", 1))),

        new("deferral request decision (rejection)", Morning.AddHours(1), async ports =>
            {
                await Imported(ports);
                await RequestAsync(new StaffRun(ports, Morning));
            },
            r => DecideAsync(r, approve: false),
            Counts(("deferral request rejected", 1), ("event DueDateDeferred", 0), ("audit deferral_request_decision/rejected", 1), ("notice DeferralRefused", 1))),

        new("deferral request expiry (5 bank days undecided)", BusinessTime.At(new DateOnly(2026, 3, 18), new TimeOnly(0, 5)), async ports =>
            {
                await Imported(ports);
                await RequestAsync(new StaffRun(ports, Morning));
            },
            async r => await r.ApprovalSteps.ExpireAsync(await RequestIdAsync(r), default),
            Counts(("deferral request expired", 1), ("audit deferral_request_decision/expired", 1), ("notice DeferralRefused", 1))),

        new("payment plan", Morning, Imported, r => r.ApiAsync(Kari, "k-plan", _ =>
                r.Staff.AgreePaymentPlanAsync(First, [new(new DateOnly(2026, 4, 15), Money.Of(30m)), new(new DateOnly(2026, 5, 15), Money.Of(30m))], r.Stamp(Kari, "two months' pay"), default)),
            Counts(("event PaymentPlanAgreed", 1), ("audit payment_plan/applied", 1), ("notice PaymentPlanConfirmation", 1))),

        new("payment recording", Morning, Imported, r => r.ApiAsync(Anna, "k-payment", id =>
                r.Staff.RecordPaymentAsync(First, $"api-{id}", Money.Of(20m), new DateOnly(2026, 3, 9), r.Stamp(Anna, "payment recorded by staff"), default)),
            Counts(("event PaymentReceived", 1), ("audit payment/applied", 1))),

        new("waiver", Morning, Imported, r => r.ApiAsync(Liisa, "k-waiver", _ =>
                r.Staff.WaiveAsync(First, r.Stamp(Liisa, "hardship"), default)),
            Counts(("event Waived", 1), ("audit waiver/applied", 1), ("notice WaiverConfirmation", 1))),

        new("cancellation (erroneous invoice)", Morning, Imported, r => r.ApiAsync(Kari, "k-cancel", _ =>
                r.Staff.CancelAsync(First, CancellationReason.ErroneousInvoice, r.Stamp(Kari, "billed twice"), default)),
            Counts(("event Cancelled", 1), ("audit cancellation/applied", 1), ("ceiling event LineCancelled", 1))),

        new("cancellation (erroneous transfer)", InCollection, InCollectionArrange, r => r.ApiAsync(Anna, "k-transfer", _ =>
                r.Staff.CancelAsync(First, CancellationReason.ErroneousTransfer, r.Stamp(Anna, "paid before the reminder"), default)),
            Counts(("event CollectionCostsRemoved", 1), ("audit cancellation/applied", 1))),

        new("rectification claim", Morning, Imported, r => r.ApiAsync(Anna, "k-claim", id =>
                r.Staff.ReceiveClaimAsync(First, $"rc-{id}", new DateOnly(2026, 3, 9), r.Stamp(Anna, "wrong service date"), default)),
            Counts(("event RectificationClaimReceived", 1), ("audit rectification_claim/applied", 1))),

        new("rectification decision (accepted, lower amount)", Morning.AddHours(1), async ports =>
            {
                await Imported(ports);
                var run = new StaffRun(ports, Morning);
                await run.Staff.ReceiveClaimAsync(First, "rc-1", new DateOnly(2026, 3, 9), run.Stamp(Anna, "wrong service date"), default);
            },
            r => r.ApiAsync(Kari, "k-decision", _ =>
                r.Staff.DecideClaimAsync(First, "rc-1", true, Money.Of(40m), r.Stamp(Kari, "the visit was shorter"), default)),
            Counts(("event RectificationClaimAccepted", 1), ("audit rectification_decision/applied", 1))),

        new("estate write-off (2 invoices)", Morning, ports => ImportAsync(ports, "B1", "B2"), EstateAsync,
            Counts(("event WrittenOff", 2), ("audit estate_write_off/applied", 2), ("notice WriteOffConfirmation", 1))),

        new("unmatched payment allocation", Morning, async ports =>
            {
                await Imported(ports);
                await ports.Unmatched.AddAsync(Unmatched, default);
            },
            r => r.ApiAsync(Anna, "k-allocate", _ => r.Allocate.RunAsync(Unmatched.Id, First, r.Stamp(Anna, "client phoned"), default)),
            Counts(("event PaymentReceived", 1), ("audit payment/applied", 1), ("unmatched payment allocated", 1))),

        new("fee-reduction decision", Morning, Imported, r => r.ApiAsync(Kari, "k-fee", id =>
                r.FeeReductions.DecideAsync($"frd-{id}", Client, Application, r.Stamp(Kari, "application of 5.3."), default)),
            Counts(("audit fee_reduction/applied", 1), ("notice FeeReductionDecision", 1))),

        new("ceiling statement", Morning, Imported, r => r.ApiAsync(Anna, "k-statement", _ =>
                r.Ceiling.RequestAsync(Client, 2026, r.Stamp(Anna, "client asked"), default)),
            Counts(("audit ceiling_statement/applied", 1), ("notice CeilingStatement", 1))),
    ];

    private static Task Imported(Ports ports) => ImportAsync(ports);

    private static async Task InCollectionArrange(Ports ports)
    {
        await ImportAsync(ports);
        await AdvanceAsync(ports, First, BusinessTime.DateOf(InCollection));
    }

    /// <summary>POST deferral-requests: a team member asks for more than a team member may grant.</summary>
    private static Task RequestAsync(StaffRun r) => r.ApiAsync(Anna, "k-request", async id =>
        await r.Approvals.RequestAsync($"dr-{id}", First, RequestedDueDate, r.Stamp(Anna, "long hospital stay"), default));

    /// <summary>
    /// POST deferral-requests/{id}/decision claims the decision, then the approval workflow's step
    /// carries it out (a step that failed is retried by the engine: the retry runs it again).
    /// </summary>
    private static async Task DecideAsync(StaffRun r, bool approve)
    {
        var requestId = await RequestIdAsync(r);
        var note = approve ? "hospital stay confirmed" : "no grounds";
        await r.ApiAsync(Kari, $"k-decide-{approve}", _ => r.Approvals.ClaimDecisionAsync(requestId, approve, note, r.Stamp(Kari, note), default));
        await r.ApprovalSteps.DecideAsync(new DeferralVerdict(requestId, approve, Kari, r.At, note), default);
    }

    private static async Task<string> RequestIdAsync(StaffRun r)
    {
        await foreach (var request in r.Ports.Requests.ListAsync(null, default))
        {
            return request.Id;
        }

        throw new InvalidOperationException("No deferral request was arranged.");
    }

    /// <summary>
    /// POST estate-write-off starts the workflow (its instance id from the Idempotency-Key, so a
    /// retry starts nothing twice); its steps list the open invoices, write off each and queue the
    /// one confirmation. A step that failed is retried by the engine; the list is the one recorded.
    /// </summary>
    private static async Task EstateAsync(StaffRun r)
    {
        var stamp = r.Stamp(Anna, "estate inventory without assets");
        var inventory = new DateOnly(2026, 3, 6);
        await r.ApiAsync(Anna, "k-estate", _ => Task.CompletedTask);
        foreach (var id in new[] { First, Second })
        {
            await r.Estate.WriteOffAsync(id, inventory, stamp, default);
        }

        await r.Estate.ConfirmAsync(Client, inventory, stamp, default);
    }

    private static Dictionary<string, int> Counts(params (string What, int Count)[] counts) =>
        counts.ToDictionary(c => c.What, c => c.Count, StringComparer.Ordinal);
}
