using System.Globalization;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Views;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

public sealed partial class StaffApiHandlers
{
    /// <summary>GET /api/invoices/{invoiceId}: state, balance, timeline, next step and its date.</summary>
    public Task<IResult> GetInvoiceAsync(HttpContext context, string invoiceId) => ReadAsync(context, async _ =>
    {
        RouteIds.Invoice(invoiceId);
        var stored = await services.Store.LoadAsync(new InvoiceId(invoiceId), context.RequestAborted).ConfigureAwait(false);
        return stored is null
            ? Problems.NotFound($"no invoice {Clip(invoiceId)}")
            : ApiJson.Ok(InvoiceViews.Details(stored, services.Clock.Today(), services.Rules), StaffApiJson.Default.InvoiceDetails) with { ETag = VersionTag(stored.State.Version) };
    });

    /// <summary>
    /// GET /api/clients/{clientId}/invoices?status=&amp;limit=&amp;continuation=: a page of the client's
    /// invoices, by invoice id, each with its balance today and next step (read from its state, as
    /// GET /api/invoices/{invoiceId} does, a few at a time), so the client page needs one call.
    /// </summary>
    public Task<IResult> ListClientInvoicesAsync(HttpContext context, string clientId) => ReadAsync(context, async _ =>
    {
        RouteIds.Client(clientId);
        var status = context.Request.Query["status"].ToString();
        if (status.Length > 0 && status is not ("open" or "paid" or "written_off" or "waived" or "cancelled"))
        {
            throw new BadRequest("status", "status must be open, paid, written_off, waived or cancelled.");
        }

        var filter = status.Length == 0 ? null : status;
        var query = ListQuery.Read(context.Request, "client-invoices", clientId, filter);
        var page = await services.Store.ListPageForClientAsync(clientId, filter, query.Page, context.RequestAborted).ConfigureAwait(false);
        var states = new System.Collections.Concurrent.ConcurrentDictionary<InvoiceId, IssuedInvoice>();
        await Parallel.ForEachAsync(page.Items, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = context.RequestAborted }, async (s, ct) =>
        {
            if (await services.Store.LoadAsync(s.Id, ct).ConfigureAwait(false) is { } stored)
            {
                states[s.Id] = stored.State;
            }
        }).ConfigureAwait(false);
        var today = services.Clock.Today();
        return query.Answer(
            page,
            s => InvoiceViews.ListItem(s, states.TryGetValue(s.Id, out var state) ? state : throw new InvalidOperationException("An invoice of the client's list could not be loaded."), today, services.Rules),
            StaffApiJson.Default.PageInvoiceListItem);
    });

    /// <summary>POST /api/invoices/{invoiceId}/deferrals {newDueDate, reason}: applied when within the caller's authority, else 403 with the reason.</summary>
    public Task<IResult> DeferAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("deferral", invoiceId), BodyReader.Deferral, async (caller, body, _) =>
        Respond(context, await Staff(context).DeferAsync(new InvoiceId(invoiceId), body.NewDueDate, Stamp(caller, body.Reason), Finishing).ConfigureAwait(false), "newDueDate"));

    /// <summary>POST /api/invoices/{invoiceId}/payment-plans {installments:[{dueDate, amount}], reason}.</summary>
    public Task<IResult> AgreePaymentPlanAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("payment_plan", invoiceId), BodyReader.PaymentPlan, async (caller, body, _) =>
    {
        var installments = body.Installments.Select(i => new Installment(i.DueDate, Money.Of(i.Amount))).ToList();
        return Respond(context, await Staff(context).AgreePaymentPlanAsync(new InvoiceId(invoiceId), installments, Stamp(caller, body.Reason), Finishing).ConfigureAwait(false), "installments");
    });

    /// <summary>POST /api/invoices/{invoiceId}/payments {amount, paidOn, reference?}; the Idempotency-Key is the payment's id.</summary>
    public Task<IResult> RecordPaymentAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("payment", invoiceId), BodyReader.Payment, async (caller, body, scope) =>
    {
        var stamp = Stamp(caller, body.Reference is null ? "payment recorded by staff" : $"payment recorded by staff, reference {body.Reference}");
        var result = await Staff(context).RecordPaymentAsync(new InvoiceId(invoiceId), $"api-{scope}", Money.Of(body.Amount), body.PaidOn, stamp, Finishing).ConfigureAwait(false);
        return Respond(context, result, reason => reason.StartsWith("the payment date", StringComparison.Ordinal) ? "paidOn" : "amount");
    });

    /// <summary>POST /api/invoices/{invoiceId}/waiver {reason} (director).</summary>
    public Task<IResult> WaiveAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("waiver", invoiceId), BodyReader.Waiver, async (caller, body, _) =>
        Respond(context, await Staff(context).WaiveAsync(new InvoiceId(invoiceId), Stamp(caller, body.Reason), Finishing).ConfigureAwait(false), "reason"));

    /// <summary>POST /api/invoices/{invoiceId}/cancellation {reason: erroneous_invoice|erroneous_transfer, note}.</summary>
    public Task<IResult> CancelAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("cancellation", invoiceId), BodyReader.Cancellation, async (caller, body, _) =>
    {
        var reason = body.Reason == CancellationBody.ErroneousInvoice ? CancellationReason.ErroneousInvoice : CancellationReason.ErroneousTransfer;
        return Respond(context, await Staff(context).CancelAsync(new InvoiceId(invoiceId), reason, Stamp(caller, body.Note), Finishing).ConfigureAwait(false), "reason");
    });

    /// <summary>POST /api/invoices/{invoiceId}/rectification-claims {receivedOn, note}: the claim id is in the response.</summary>
    public Task<IResult> ReceiveClaimAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("rectification_claim", invoiceId), BodyReader.RectificationClaim, async (caller, body, scope) =>
    {
        var claimId = $"rc-{scope}";
        var result = await Staff(context).ReceiveClaimAsync(new InvoiceId(invoiceId), claimId, body.ReceivedOn, Stamp(caller, body.Note ?? string.Empty), Finishing).ConfigureAwait(false);
        return Respond(context, result, _ => "receivedOn", claimId);
    });

    /// <summary>POST /api/invoices/{invoiceId}/rectification-claims/{claimId}/decision {accepted, newAmount?}.</summary>
    public Task<IResult> DecideClaimAsync(HttpContext context, string invoiceId, string claimId) => ChangeAsync(context, new("rectification_decision", invoiceId, ClaimId: claimId), BodyReader.RectificationDecision, async (caller, body, _) =>
        Respond(context, await Staff(context).DecideClaimAsync(new InvoiceId(invoiceId), claimId, body.Accepted, body.NewAmount is { } amount ? Money.Of(amount) : null, Stamp(caller, body.Note ?? string.Empty), Finishing).ConfigureAwait(false), "newAmount"));

    /// <summary>
    /// POST /api/clients/{clientId}/estate-write-off {inventoryDate, note}: checks the request and
    /// starts the estate write-off workflow, which writes off every open invoice of the client and
    /// sends the one confirmation (202 with the number of open invoices). Its instance id comes from
    /// the request's idempotency scope (never the client id), so a retried request starts nothing twice.
    /// </summary>
    public Task<IResult> WriteOffEstateAsync(HttpContext context, string clientId) => ChangeAsync(context, new("estate_write_off", ClientId: clientId), BodyReader.EstateWriteOff, async (caller, body, scope) =>
    {
        var stamp = Stamp(caller, body.Note);
        if (body.InventoryDate > BusinessTime.DateOf(stamp.At))
        {
            throw new BadRequest("inventoryDate", "inventoryDate is in the future.");
        }

        var open = await services.Estate.OpenInvoicesAsync(clientId, Finishing).ConfigureAwait(false);
        if (open.Count == 0)
        {
            await services.Staff.RecordRefusalAsync("estate_write_off", null, clientId, stamp, "the client has no open invoices", Finishing).ConfigureAwait(false);
            return Change.None(Problems.NotFound($"client {SafeText.Echo(clientId)} has no open invoices"));
        }

        await services.Workflows.StartEstateWriteOffAsync($"estate-{scope}", new EstateWriteOffOrder(clientId, body.InventoryDate, stamp), Finishing).ConfigureAwait(false);
        return Change.None(ApiJson.Ok(new EstateWriteOffStarted("started", open.Count), StaffApiJson.Default.EstateWriteOffStarted, StatusCodes.Status202Accepted));
    });

    private Stamp Stamp(Actor caller, string reason) => new(caller, services.Clock.GetUtcNow(), reason);

    private Change Respond(HttpContext context, Application.Staff.StaffResult result, string invalidField) =>
        Respond(context, result, _ => invalidField);

    /// <summary>
    /// The answer to a staff action; <paramref name="fieldOf"/> names the field a rule refused
    /// (RefusalKind.Invalid) from its reason; <paramref name="claimId"/>, when given, is a recorded
    /// rectification claim's id (the answer is then <see cref="ClaimChangeAnswer"/>).
    /// </summary>
    private Change Respond(HttpContext context, Application.Staff.StaffResult result, Func<string, string> fieldOf, string? claimId = null) => result.Outcome switch
    {
        CommandOutcome.Applied a => Change.Of(Changed("applied", a.After, claimId), a.After.Facts.Id),
        CommandOutcome.Unchanged u => Change.None(Changed("unchanged", u.State, claimId)),
        CommandOutcome.Refused { Kind: RefusalKind.NotAllowed } r => Change.None(Problems.Forbidden(r.Reason)),
        CommandOutcome.Refused { Kind: RefusalKind.Invalid } r => Change.None(Problems.BadRequest(fieldOf(r.Reason), r.Reason)),
        CommandOutcome.Refused { Kind: RefusalKind.NotFound } r => Change.None(Problems.NotFound(r.Reason)),
        CommandOutcome.Refused r => Change.None(Problems.Conflict(r.Reason, State(r.State))),
        CommandOutcome.Conflict c => Change.None(Problems.Conflict(
            IfMatch(context) is { } read && read != c.Current.Version
                ? $"the invoice has changed since version {read} was read (If-Match); it is at version {c.Current.Version}: review the current state and try again"
                : "another change was made to the invoice at the same time; review the current state and try again",
            State(c.Current))),
        CommandOutcome.NotFound n => Change.None(Problems.NotFound($"no invoice {Clip(n.Id.Value)}")),
        _ => throw new InvalidOperationException("Unknown outcome."),
    };

    private ApiResponse Changed(string outcome, IssuedInvoice invoice, string? claimId) => claimId is null
        ? ApiJson.Ok(new ChangeAnswer(outcome, State(invoice)), StaffApiJson.Default.ChangeAnswer)
        : ApiJson.Ok(new ClaimChangeAnswer(outcome, claimId, State(invoice)), StaffApiJson.Default.ClaimChangeAnswer);

    private InvoiceStateView State(IssuedInvoice invoice) => InvoiceViews.State(invoice, services.Clock.Today(), services.Rules);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
