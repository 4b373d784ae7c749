using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Store;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Adapters.Tests.UseCases;

/// <summary>A deferral request that nobody decided in time (the Durable approval orchestration's timer).</summary>
public sealed class DeferralExpiryTests
{
    private static readonly DateTimeOffset ExpiredAt = new(2026, 3, 9, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GivenPendingRequest_WhenExpired_ThenExpiredBySystemAndRequesterAndClientAreTold()
    {
        var (approvals, store, notifier, request) = await PendingRequestAsync();

        var expired = await approvals.ExpireAsync(request, ExpiredAt, CancellationToken.None);

        Assert.Equal("expired", expired.Status);
        Assert.Equal(Actor.System, expired.Decider);
        Assert.Equal(ExpiredAt, expired.DecidedAt);
        Assert.Equal(DeferralApprovals.ExpiredNote, expired.Note);
        Assert.Equal(["expired"], notifier.ToldRequester);
        var notices = new List<OutboxEntry>();
        await foreach (var entry in store.PendingAsync(ExpiredAt, 100, CancellationToken.None))
        {
            notices.Add(entry);
        }

        var refused = Assert.Single(notices, n => n.Notice.Kind == NoticeKind.DeferralRefused);
        Assert.Equal(request.InvoiceId, refused.Notice.InvoiceId);
        Assert.Equal(request.NewDueDate, refused.Notice.Details.PreviousDueDate);
    }

    [Fact]
    public async Task GivenRequestAlreadyRejected_WhenExpired_ThenItStaysRejectedAndNobodyIsToldTwice()
    {
        var (approvals, _, notifier, request) = await PendingRequestAsync();
        var supervisor = new Stamp(new Actor("sup-kari", StaffRole.Supervisor), ExpiredAt.AddHours(-3), "no grounds");
        await approvals.DecideAsync(request.Id, approve: false, "no grounds", supervisor, CancellationToken.None);

        var after = await approvals.ExpireAsync(request, ExpiredAt, CancellationToken.None);

        Assert.Equal("rejected", after.Status);
        Assert.Equal(["rejected"], notifier.ToldRequester);
    }

    [Fact]
    public async Task GivenARequestAlreadyExpiredAndTold_WhenTheDeadlineStepExpiresItAgain_ThenTheRequesterIsToldOnceAndTheClientGetsOneNotice()
    {
        // A late decider's check (or the local expiry pass) expired and told it; then the workflow's deadline step runs.
        var (approvals, store, notifier, request) = await PendingRequestAsync();
        await approvals.ExpireAsync(request, ExpiredAt, CancellationToken.None);
        var steps = new DeferralApprovalSteps(approvals, new SystemBusinessClock(new ManualClock(ExpiredAt.AddMinutes(1))), NoDueWorkLedger.Instance);

        var wait = await steps.ExpireAsync(request.Id, CancellationToken.None);

        Assert.Equal("expired", wait.Status);
        Assert.Equal(["expired"], notifier.ToldRequester);
        var refused = 0;
        await foreach (var entry in store.PendingAsync(ExpiredAt.AddMinutes(1), 100, CancellationToken.None))
        {
            refused += entry.Notice.Kind == NoticeKind.DeferralRefused ? 1 : 0;
        }

        Assert.Equal(1, refused);
    }

    [Fact]
    public async Task GivenAnApprovalClaimedButNeverHandedOver_WhenTheDeadlineStepRuns_ThenItCarriesTheApprovalOutInsteadOfExpiring()
    {
        var (approvals, store, notifier, request) = await PendingRequestAsync();
        var supervisor = new Stamp(new Actor("sup-kari", StaffRole.Supervisor), TestInvoices.At.AddHours(1), "certificate seen");
        var (_, _, refusal) = await approvals.ClaimDecisionAsync(request.Id, approve: true, "certificate seen", supervisor, CancellationToken.None);
        Assert.Null(refusal);

        // The API died before handing the decision to the workflow; the workflow's deadline comes.
        var steps = new DeferralApprovalSteps(approvals, new SystemBusinessClock(new ManualClock(ExpiredAt.AddMinutes(1))), NoDueWorkLedger.Instance);
        var wait = await steps.ExpireAsync(request.Id, CancellationToken.None);

        Assert.Equal("approved", wait.Status);
        Assert.Equal(new DateOnly(2026, 9, 1), (await store.LoadAsync(request.InvoiceId, CancellationToken.None))!.State.Stage.DueDate);
        Assert.Equal(["approved"], notifier.ToldRequester);
    }

    private static async Task<(DeferralApprovals Approvals, InMemoryStore Store, RecordingNotifier Notifier, DeferralRequest Request)> PendingRequestAsync()
    {
        var store = new InMemoryStore();
        var invoice = TestInvoices.New("batch-2026-03", "client-a");
        await store.CreateAsync([invoice], CancellationToken.None);
        var staff = new StaffActions(new InvoiceWorkflow(store, TestInvoices.Rules, TimeProvider.System, new InMemoryCeilingStore(), store), new InMemoryAuditLog());
        var notifier = new RecordingNotifier();
        var approvals = new DeferralApprovals(new InMemoryDeferralRequestStore(), store, staff, store, notifier, TestInvoices.Rules);
        var team = new Stamp(new Actor("team-anna", StaffRole.Team), TestInvoices.At, "long hospital stay");
        var (request, _, refusal) = await approvals.RequestAsync("dr-0001", invoice.Id, new DateOnly(2026, 9, 1), team, CancellationToken.None);
        Assert.Null(refusal);
        return (approvals, store, notifier, request!);
    }

    private sealed class RecordingNotifier : IStaffNotifier
    {
        public List<string> ToldRequester { get; } = [];

        public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken)
        {
            ToldRequester.Add(request.Status);
            return Task.CompletedTask;
        }
    }
}
