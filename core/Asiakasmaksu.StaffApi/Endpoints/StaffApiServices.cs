using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Identity;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>What the staff API's handlers use; the local host and the Functions app build it from their own configuration.</summary>
/// <param name="Authenticator">Who is calling.</param>
/// <param name="Store">Invoices.</param>
/// <param name="Staff">Staff actions on one invoice.</param>
/// <param name="Estate">Estate write-offs.</param>
/// <param name="Deferrals">Deferral requests and their approval.</param>
/// <param name="Audit">The audit trail.</param>
/// <param name="Idempotency">Idempotency keys.</param>
/// <param name="Workflows">The durable engine: told after every change so the invoice's next step is recomputed at once, and the runner of deferral approvals and estate write-offs.</param>
/// <param name="Rules">The decider's rules (for next steps).</param>
/// <param name="Clock">The clock.</param>
/// <param name="UnmatchedPayments">Bank payments no invoice took (docs/payments.md); the payment endpoints answer 503 without it.</param>
/// <param name="FeeReductions">Fee-reduction decisions (docs/ceiling.md); the fee-reduction endpoints answer 503 without it or without <paramref name="Outbox"/>.</param>
/// <param name="Outbox">The outbox, where fee-reduction decision notices are queued.</param>
/// <param name="Ceilings">The annual payment ceiling accounts and statements (docs/ceiling.md); the ceiling endpoints answer 503 without it.</param>
/// <param name="DeferralRequests">The deferral requests' store, for reading their list a page at a time; without it the list is read whole through <paramref name="Deferrals"/>.</param>
/// <param name="Search">The client search (docs/staff-api.md, "Search"); the search endpoint answers 503 without it.</param>
/// <param name="Imports">The billing office's log of arrived files; the file endpoints answer 503 without it.</param>
/// <param name="BillingFiles">Where billing files and their error reports are (the rejected lines).</param>
/// <param name="Notices">Where the outbox keeps rendered notices (letters, emails), to open an invoice's notices; without it (or without <paramref name="Outbox"/>) the notice endpoints answer 503.</param>
public sealed record StaffApiServices(
    ICallerAuthenticator Authenticator,
    IInvoiceStore Store,
    StaffActions Staff,
    EstateWriteOff Estate,
    DeferralApprovals Deferrals,
    IAuditLog Audit,
    IIdempotencyStore Idempotency,
    IWorkflowEngine Workflows,
    InvoiceRules Rules,
    TimeProvider Clock,
    IUnmatchedPaymentStore? UnmatchedPayments = null,
    IFeeReductionStore? FeeReductions = null,
    IOutboxStore? Outbox = null,
    CeilingStatements? Ceilings = null,
    IDeferralRequestStore? DeferralRequests = null,
    ClientSearch? Search = null,
    IImportLog? Imports = null,
    IBillingFileStore? BillingFiles = null,
    INoticeArchive? Notices = null);
