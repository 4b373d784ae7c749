using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// Who may do what: every change endpoint for each role (team, supervisor, director, auditor) and
/// without a key. Team defers ≤ 3 months and makes plans; supervisor defers ≤ 12 months and
/// decides; director also waives; auditor reads only; all staff record payments, claims,
/// cancellations and estate write-offs.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class AuthorityMatrixTests(StaffApiFixture fixture)
{
    private const int Anonymous = 401;

    /// <summary>Scenario name, then the expected status for team, supervisor, director, auditor and no key.</summary>
    public static TheoryData<string, int, int, int, int, int> Matrix => new()
    {
        { "defer 2 months", 200, 200, 200, 403, Anonymous },
        { "defer 6 months", 403, 200, 200, 403, Anonymous },
        { "request a deferral of 6 months", 202, 202, 202, 403, Anonymous },
        { "decide a deferral request", 403, 202, 202, 403, Anonymous },
        { "agree a payment plan", 200, 200, 200, 403, Anonymous },
        { "record a payment", 200, 200, 200, 403, Anonymous },
        { "waive", 403, 403, 200, 403, Anonymous },
        { "cancel an erroneous invoice", 403, 200, 200, 403, Anonymous },
        { "agree a one-installment plan", 403, 200, 200, 403, Anonymous },
        { "record a rectification claim", 200, 200, 200, 403, Anonymous },
        { "decide a rectification claim", 403, 200, 200, 403, Anonymous },
        { "write off an estate", 202, 202, 202, 403, Anonymous },
        { "read an invoice", 200, 200, 200, 200, Anonymous },
        { "list a client's invoices", 200, 200, 200, 200, Anonymous },
        { "list deferral requests", 200, 200, 200, 200, Anonymous },
        { "read the audit", 200, 200, 200, 200, Anonymous },
        { "decide a fee reduction", 403, 200, 200, 403, Anonymous },
        { "list a client's fee reductions", 200, 200, 200, 200, Anonymous },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachRole_GetsItsStatus(string scenario, int team, int supervisor, int director, int auditor, int anonymous)
    {
        (string? Key, int Expected)[] callers = [(StaffKeys.Team, team), (StaffKeys.Supervisor, supervisor), (StaffKeys.Director, director), (StaffKeys.Auditor, auditor), (null, anonymous)];
        foreach (var (key, expected) in callers)
        {
            fixture.SetDay();
            var reply = await RunAsync(scenario, fixture.As(key));

            Assert.True(reply.Status == expected, $"{scenario} as {key ?? "nobody"}: expected {expected}, got {reply}");
            if (expected >= 400)
            {
                ProblemAssert.IsProblem(reply);
            }

            if (key == StaffKeys.Auditor && expected == 403)
            {
                Assert.Equal("an auditor reads only", reply.Detail);
            }
        }
    }

    private async Task<ApiReply> RunAsync(string scenario, StaffClient caller)
    {
        var id = await fixture.SeedOneAsync();
        var invoice = $"/api/invoices/{id}";
        switch (scenario)
        {
            case "defer 2 months":
                return await caller.PostAsync($"{invoice}/deferrals", new { newDueDate = "2026-05-19", reason = "r" });
            case "defer 6 months":
                return await caller.PostAsync($"{invoice}/deferrals", new { newDueDate = "2026-09-18", reason = "r" });
            case "request a deferral of 6 months":
                return await caller.PostAsync($"{invoice}/deferral-requests", new { newDueDate = "2026-09-18", reason = "r" });
            case "decide a deferral request":
                var request = await fixture.As(StaffKeys.Team).PostAsync($"{invoice}/deferral-requests", new { newDueDate = "2026-09-18", reason = "r" });
                return await caller.PostAsync($"/api/deferral-requests/{request["requestId"]}/decision", new { approve = true });
            case "agree a payment plan":
                return await caller.PostAsync($"{invoice}/payment-plans", new { installments = new[] { new { dueDate = "2026-04-17", amount = "30.00" }, new { dueDate = "2026-05-15", amount = "30.00" } }, reason = "r" });
            case "agree a one-installment plan":
                return await caller.PostAsync($"{invoice}/payment-plans", new { installments = new[] { new { dueDate = "2026-04-17", amount = "60.00" } }, reason = "r" });
            case "record a payment":
                return await caller.PostAsync($"{invoice}/payments", new { amount = "10.00", paidOn = "2026-03-05" });
            case "waive":
                return await caller.PostAsync($"{invoice}/waiver", new { reason = "r" });
            case "cancel an erroneous invoice":
                return await caller.PostAsync($"{invoice}/cancellation", new { reason = "erroneous_invoice", note = "r" });
            case "record a rectification claim":
                return await caller.PostAsync($"{invoice}/rectification-claims", new { receivedOn = "2026-03-04" });
            case "decide a rectification claim":
                var claim = await fixture.As(StaffKeys.Team).PostAsync($"{invoice}/rectification-claims", new { receivedOn = "2026-03-04" });
                return await caller.PostAsync($"{invoice}/rectification-claims/{claim["claimId"]}/decision", new { accepted = false });
            case "write off an estate":
                var client = (await fixture.StoredAsync(id)).State.Facts.ClientId;
                return await caller.PostAsync($"/api/clients/{client}/estate-write-off", new { inventoryDate = "2026-03-04", note = "r" });
            case "read an invoice":
                return await caller.GetAsync(invoice);
            case "list a client's invoices":
                return await caller.GetAsync($"/api/clients/{(await fixture.StoredAsync(id)).State.Facts.ClientId}/invoices");
            case "list deferral requests":
                return await caller.GetAsync("/api/deferral-requests?status=pending");
            case "read the audit":
                return await caller.GetAsync($"/api/audit?invoiceId={id}");
            case "decide a fee reduction":
                var applicant = $"fr-{Guid.NewGuid():N}"[..20];
                await fixture.SeedAsync(applicant);
                return await caller.PostAsync($"/api/clients/{applicant}/fee-reductions", FeeReductionBodies.Pensioner());
            case "list a client's fee reductions":
                return await caller.GetAsync($"/api/clients/{(await fixture.StoredAsync(id)).State.Facts.ClientId}/fee-reductions");
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }
}
