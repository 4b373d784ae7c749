using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffApi.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// Reads each change's body into the contract's request record, checking every member with
/// <see cref="JsonFields"/> (a problem names the first one at fault, with its path). The members a
/// body may hold are the record's own (<see cref="StaffApiJson.MembersOf{T}"/>); the order of the
/// checks is the order the API has always named faults in.
/// </summary>
internal static class BodyReader
{
    /// <summary>The most installments a plan may have.</summary>
    public const int MaxInstallments = 36;

    public static DeferralBody Deferral(JsonFields f) => new(f.Date("newDueDate"), f.Text("reason"));

    public static PaymentPlanBody PaymentPlan(JsonFields f) => new(
        [.. f.Objects("installments", MaxInstallments, StaffApiJson.MembersOf<InstallmentBody>()).Select(i => new InstallmentBody(i.Date("dueDate"), i.Amount("amount").Euros))],
        f.Text("reason"));

    public static PaymentBody Payment(JsonFields f)
    {
        var reference = f.OptionalText("reference");
        return new PaymentBody(f.Amount("amount").Euros, f.Date("paidOn"), reference);
    }

    public static WaiverBody Waiver(JsonFields f) => new(f.Text("reason"));

    public static CancellationBody Cancellation(JsonFields f)
    {
        var reason = f.Text("reason");
        return reason is CancellationBody.ErroneousInvoice or CancellationBody.ErroneousTransfer
            ? new CancellationBody(reason, f.Text("note"))
            : throw new BadRequest("reason", "reason must be erroneous_invoice or erroneous_transfer.");
    }

    public static RectificationClaimBody RectificationClaim(JsonFields f) => new(f.Date("receivedOn"), f.OptionalText("note"));

    public static RectificationDecisionBody RectificationDecision(JsonFields f) => new(f.Bool("accepted"), f.OptionalAmount("newAmount")?.Euros, f.OptionalText("note"));

    public static EstateWriteOffBody EstateWriteOff(JsonFields f) => new(f.Date("inventoryDate"), f.Text("note"));

    public static DeferralDecisionBody DeferralDecision(JsonFields f) => new(f.Bool("approve"), f.OptionalText("note"));

    public static CeilingStatementBody CeilingStatement(JsonFields f, int firstYear, int lastYear) => new(f.Int("year", firstYear, lastYear), f.OptionalText("note"));

    public static AllocationBody Allocation(JsonFields f) => new(f.Text("invoiceId"), f.OptionalText("reason"));
}
