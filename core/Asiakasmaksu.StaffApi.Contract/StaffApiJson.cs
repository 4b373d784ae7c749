using System.Text.Json;
using System.Text.Json.Serialization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;

namespace Asiakasmaksu.StaffApi.Contract;

/// <summary>
/// The JSON of the staff API's contract, source-generated (no reflection, so the trimmed WebAssembly
/// app serializes it too): camelCase names in record order, nulls written (except members marked to
/// be left out when null), dates <c>yyyy-mm-dd</c>, non-ASCII escaped as <see cref="System.Text.Encodings.Web.JavaScriptEncoder.Default"/> does.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNameCaseInsensitive = false, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(DeferralBody))]
[JsonSerializable(typeof(PaymentPlanBody))]
[JsonSerializable(typeof(PaymentBody))]
[JsonSerializable(typeof(WaiverBody))]
[JsonSerializable(typeof(CancellationBody))]
[JsonSerializable(typeof(RectificationClaimBody))]
[JsonSerializable(typeof(RectificationDecisionBody))]
[JsonSerializable(typeof(CeilingStatementBody))]
[JsonSerializable(typeof(EstateWriteOffBody))]
[JsonSerializable(typeof(DeferralDecisionBody))]
[JsonSerializable(typeof(AllocationBody))]
[JsonSerializable(typeof(FeeReductionApplicationBody))]
[JsonSerializable(typeof(SearchBody))]
[JsonSerializable(typeof(InvoiceDetails))]
[JsonSerializable(typeof(InvoiceNotices))]
[JsonSerializable(typeof(Page<InvoiceListItem>))]
[JsonSerializable(typeof(ChangeAnswer))]
[JsonSerializable(typeof(ClaimChangeAnswer))]
[JsonSerializable(typeof(DeferralRequestView))]
[JsonSerializable(typeof(Page<DeferralRequestView>))]
[JsonSerializable(typeof(EstateWriteOffStarted))]
[JsonSerializable(typeof(UnmatchedPaymentView))]
[JsonSerializable(typeof(Page<UnmatchedPaymentView>))]
[JsonSerializable(typeof(Page<AuditRecordView>))]
[JsonSerializable(typeof(CeilingAccountView))]
[JsonSerializable(typeof(CeilingStatementQueued))]
[JsonSerializable(typeof(FeeReductionDecisionView))]
[JsonSerializable(typeof(Page<FeeReductionDecisionView>))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(StaffMember))]
[JsonSerializable(typeof(Page<SearchHitView>))]
[JsonSerializable(typeof(Page<ImportedFileView>))]
[JsonSerializable(typeof(Page<QueuedInvoice>))]
public sealed partial class StaffApiJson : JsonSerializerContext
{
    /// <summary>The JSON names of <typeparamref name="T"/>'s members, in order: the fields a request body may hold.</summary>
    public static IReadOnlyList<string> MembersOf<T>() =>
        [.. Default.GetTypeInfo(typeof(T))!.Properties.Where(p => p.Name.Length > 0 && p.Get is not null).Select(p => p.Name)];
}
