using System.Text.Json;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>A 403 carries the refusal's stable code (<c>reason</c>) and its values, so the web app says it in the session's language.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class RefusalReasonTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenRefusedChanges_WhenAnswered_ThenEach403HasItsCodeAndValuesBesideTheWords()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var invoice = $"/api/invoices/{id}";

        var waiver = await fixture.As(StaffKeys.Supervisor).PostAsync($"{invoice}/waiver", new { reason = "r" });
        var single = await fixture.As(StaffKeys.Team).PostAsync($"{invoice}/payment-plans", new { installments = new[] { new { dueDate = "2026-04-17", amount = "60.00" } }, reason = "r" });
        var cancel = await fixture.As(StaffKeys.Team).PostAsync($"{invoice}/cancellation", new { reason = "erroneous_invoice", note = "wrong client" });
        var defer = await fixture.As(StaffKeys.Team).PostAsync($"{invoice}/deferrals", new { newDueDate = "2026-07-23", reason = "r" });
        var auditor = await fixture.As(StaffKeys.Auditor).PostAsync($"{invoice}/waiver", new { reason = "r" });

        Refused(waiver, "waiver_director_only", ("role", "supervisor"));
        Refused(single, "plan_single_installment", ("from", "2026-03-19"), ("last", "2026-06-19"), ("months", "3"), ("role", "team"));
        Refused(cancel, "cancel_invoice_supervisor_only", ("role", "team"));
        Refused(defer, "deferral_beyond_limit", ("askedDays", "4"), ("askedMonths", "4"), ("months", "3"), ("role", "team"));
        Refused(auditor, "auditor_reads_only");
    }

    [Theory]
    [InlineData("a team member may defer by at most 3 months from the original due date 2026-03-19; 5 months 30 days were asked", "deferral_beyond_limit", "askedDays=30;askedMonths=5;from=2026-03-19;months=3;role=team")]
    [InlineData("a supervisor may defer by at most 12 months; 13 months 1 day were asked", "deferral_beyond_limit", "askedDays=1;askedMonths=13;months=12;role=supervisor")]
    [InlineData("a team member may agree a plan of at least two installments, the last by 2026-06-19 (3 months from 2026-03-19); this plan's last installment is on 2026-08-19: a supervisor or director may agree it", "plan_beyond_limit", "asked=2026-08-19;from=2026-03-19;last=2026-06-19;months=3;role=team")]
    [InlineData("a team member may not defer an invoice in collection; a supervisor may, once", "collection_deferral_supervisor_only", "role=team")]
    [InlineData("nobody decides their own deferral request: another supervisor or a director decides it", "own_deferral_request", "")]
    [InlineData("a deferral request is decided by a supervisor or director; a team member asked", "deferral_decision_supervisor_only", "role=team")]
    [InlineData("a rectification claim is decided by a supervisor or director; a team member asked", "claim_decision_supervisor_only", "role=team")]
    [InlineData("only a supervisor or director may decide a fee reduction; a team asked", "fee_reduction_supervisor_only", "role=team")]
    [InlineData("an auditor may not record payments", "role_may_not_change", "role=auditor")]
    public void GivenARefusalInWords_WhenClassified_ThenItsCodeAndValues(string reason, string code, string values)
    {
        var known = RefusalReasons.Classify(reason);

        Assert.NotNull(known);
        Assert.Equal(code, known.Value.Code);
        Assert.Equal(values, string.Join(';', known.Value.Values.Select(v => $"{v.Key}={v.Value}")));
    }

    [Fact]
    public void GivenAnUnknownRefusal_WhenClassified_ThenNoCode() => Assert.Null(RefusalReasons.Classify("the moon is not a bank day"));

    private static void Refused(ApiReply reply, string code, params (string Name, string Value)[] values)
    {
        ProblemAssert.Is(403, reply);
        Assert.Equal(code, reply["reason"]);
        var shown = reply.Json.TryGetProperty("values", out var v) ? v.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToArray() : [];
        Assert.Equal(values, shown);
        Assert.Equal(JsonValueKind.String, reply.Json.GetProperty("detail").ValueKind);
    }
}
