using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Http;
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
            : ApiJson.Ok(w => WriteInvoice(w, stored)) with { ETag = VersionTag(stored.State.Version) };
    });

    /// <summary>GET /api/clients/{clientId}/invoices?status=&amp;limit=&amp;continuation=: a page of the client's invoices, by invoice id.</summary>
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
        return query.Answer(page, WriteSummary);
    });

    /// <summary>POST /api/invoices/{invoiceId}/deferrals {newDueDate, reason}: applied when within the caller's authority, else 403 with the reason.</summary>
    public Task<IResult> DeferAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("deferral", invoiceId), ["newDueDate", "reason"], async (caller, f, _) =>
        Respond(context, await Staff(context).DeferAsync(new InvoiceId(invoiceId), f.Date("newDueDate"), Stamp(caller, f.Text("reason")), Finishing).ConfigureAwait(false), "newDueDate"));

    /// <summary>POST /api/invoices/{invoiceId}/payment-plans {installments:[{dueDate, amount}], reason}.</summary>
    public Task<IResult> AgreePaymentPlanAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("payment_plan", invoiceId), ["installments", "reason"], async (caller, f, _) =>
    {
        var installments = f.Objects("installments", 36, ["dueDate", "amount"]).Select(i => new Installment(i.Date("dueDate"), i.Amount("amount"))).ToList();
        return Respond(context, await Staff(context).AgreePaymentPlanAsync(new InvoiceId(invoiceId), installments, Stamp(caller, f.Text("reason")), Finishing).ConfigureAwait(false), "installments");
    });

    /// <summary>POST /api/invoices/{invoiceId}/payments {amount, paidOn, reference?}; the Idempotency-Key is the payment's id.</summary>
    public Task<IResult> RecordPaymentAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("payment", invoiceId), ["amount", "paidOn", "reference"], async (caller, f, scope) =>
    {
        var reference = f.OptionalText("reference");
        var stamp = Stamp(caller, reference is null ? "payment recorded by staff" : $"payment recorded by staff, reference {reference}");
        var result = await Staff(context).RecordPaymentAsync(new InvoiceId(invoiceId), $"api-{scope}", f.Amount("amount"), f.Date("paidOn"), stamp, Finishing).ConfigureAwait(false);
        return Respond(context, result, reason => reason.StartsWith("the payment date", StringComparison.Ordinal) ? "paidOn" : "amount");
    });

    /// <summary>POST /api/invoices/{invoiceId}/waiver {reason} (director).</summary>
    public Task<IResult> WaiveAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("waiver", invoiceId), ["reason"], async (caller, f, _) =>
        Respond(context, await Staff(context).WaiveAsync(new InvoiceId(invoiceId), Stamp(caller, f.Text("reason")), Finishing).ConfigureAwait(false), "reason"));

    /// <summary>POST /api/invoices/{invoiceId}/cancellation {reason: erroneous_invoice|erroneous_transfer, note}.</summary>
    public Task<IResult> CancelAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("cancellation", invoiceId), ["reason", "note"], async (caller, f, _) =>
    {
        var reason = f.Text("reason") switch
        {
            "erroneous_invoice" => CancellationReason.ErroneousInvoice,
            "erroneous_transfer" => CancellationReason.ErroneousTransfer,
            _ => throw new BadRequest("reason", "reason must be erroneous_invoice or erroneous_transfer."),
        };
        return Respond(context, await Staff(context).CancelAsync(new InvoiceId(invoiceId), reason, Stamp(caller, f.Text("note")), Finishing).ConfigureAwait(false), "reason");
    });

    /// <summary>POST /api/invoices/{invoiceId}/rectification-claims {receivedOn, note}: the claim id is in the response.</summary>
    public Task<IResult> ReceiveClaimAsync(HttpContext context, string invoiceId) => ChangeAsync(context, new("rectification_claim", invoiceId), ["receivedOn", "note"], async (caller, f, scope) =>
    {
        var claimId = $"rc-{scope}";
        var result = await Staff(context).ReceiveClaimAsync(new InvoiceId(invoiceId), claimId, f.Date("receivedOn"), Stamp(caller, f.OptionalText("note") ?? string.Empty), Finishing).ConfigureAwait(false);
        return Respond(context, result, "receivedOn", w => w.WriteString("claimId", claimId));
    });

    /// <summary>POST /api/invoices/{invoiceId}/rectification-claims/{claimId}/decision {accepted, newAmount?}.</summary>
    public Task<IResult> DecideClaimAsync(HttpContext context, string invoiceId, string claimId) => ChangeAsync(context, new("rectification_decision", invoiceId, ClaimId: claimId), ["accepted", "newAmount", "note"], async (caller, f, _) =>
        Respond(context, await Staff(context).DecideClaimAsync(new InvoiceId(invoiceId), claimId, f.Bool("accepted"), f.OptionalAmount("newAmount"), Stamp(caller, f.OptionalText("note") ?? string.Empty), Finishing).ConfigureAwait(false), "newAmount"));

    /// <summary>
    /// POST /api/clients/{clientId}/estate-write-off {inventoryDate, note}: checks the request and
    /// starts the estate write-off workflow, which writes off every open invoice of the client and
    /// sends the one confirmation (202 with the number of open invoices). Its instance id comes from
    /// the request's idempotency scope (never the client id), so a retried request starts nothing twice.
    /// </summary>
    public Task<IResult> WriteOffEstateAsync(HttpContext context, string clientId) => ChangeAsync(context, new("estate_write_off", ClientId: clientId), ["inventoryDate", "note"], async (caller, f, scope) =>
    {
        var inventoryDate = f.Date("inventoryDate");
        var stamp = Stamp(caller, f.Text("note"));
        if (inventoryDate > BusinessTime.DateOf(stamp.At))
        {
            throw new BadRequest("inventoryDate", "inventoryDate is in the future.");
        }

        var open = await services.Estate.OpenInvoicesAsync(clientId, Finishing).ConfigureAwait(false);
        if (open.Count == 0)
        {
            await services.Staff.RecordRefusalAsync("estate_write_off", null, clientId, stamp, "the client has no open invoices", Finishing).ConfigureAwait(false);
            return Change.None(Problems.NotFound($"client {SafeText.Echo(clientId)} has no open invoices"));
        }

        await services.Workflows.StartEstateWriteOffAsync($"estate-{scope}", new EstateWriteOffOrder(clientId, inventoryDate, stamp), Finishing).ConfigureAwait(false);
        return Change.None(ApiJson.Ok(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("status", "started");
                w.WriteNumber("openInvoices", open.Count);
                w.WriteEndObject();
            },
            StatusCodes.Status202Accepted));
    });

    private Stamp Stamp(Actor caller, string reason) => new(caller, services.Clock.GetUtcNow(), reason);

    private Change Respond(HttpContext context, Application.Staff.StaffResult result, string invalidField, Action<Utf8JsonWriter>? extra = null) =>
        Respond(context, result, _ => invalidField, extra);

    /// <summary>The answer to a staff action; <paramref name="fieldOf"/> names the field a rule refused (RefusalKind.Invalid) from its reason.</summary>
    private Change Respond(HttpContext context, Application.Staff.StaffResult result, Func<string, string> fieldOf, Action<Utf8JsonWriter>? extra = null) => result.Outcome switch
    {
        CommandOutcome.Applied a => Change.Of(Changed("applied", a.After, extra), a.After.Facts.Id),
        CommandOutcome.Unchanged u => Change.None(Changed("unchanged", u.State, extra)),
        CommandOutcome.Refused { Kind: RefusalKind.NotAllowed } r => Change.None(Problems.Forbidden(r.Reason)),
        CommandOutcome.Refused { Kind: RefusalKind.Invalid } r => Change.None(Problems.BadRequest(fieldOf(r.Reason), r.Reason)),
        CommandOutcome.Refused { Kind: RefusalKind.NotFound } r => Change.None(Problems.NotFound(r.Reason)),
        CommandOutcome.Refused r => Change.None(Problems.Conflict(r.Reason, w => WriteState(w, r.State))),
        CommandOutcome.Conflict c => Change.None(Problems.Conflict(
            IfMatch(context) is { } read && read != c.Current.Version
                ? $"the invoice has changed since version {read} was read (If-Match); it is at version {c.Current.Version}: review the current state and try again"
                : "another change was made to the invoice at the same time; review the current state and try again",
            w => WriteState(w, c.Current))),
        CommandOutcome.NotFound n => Change.None(Problems.NotFound($"no invoice {Clip(n.Id.Value)}")),
        _ => throw new InvalidOperationException("Unknown outcome."),
    };

    private ApiResponse Changed(string outcome, IssuedInvoice invoice, Action<Utf8JsonWriter>? extra) => ApiJson.Ok(w =>
    {
        w.WriteStartObject();
        w.WriteString("outcome", outcome);
        extra?.Invoke(w);
        w.WritePropertyName("invoice");
        WriteState(w, invoice);
        w.WriteEndObject();
    });

    private void WriteState(Utf8JsonWriter w, IssuedInvoice invoice)
    {
        var today = services.Clock.Today();
        var next = CollectionSchedule.NextWakeUp(invoice, today, services.Rules);
        w.WriteStartObject();
        w.WriteString("invoiceId", invoice.Facts.Id.Value);
        w.WriteString("status", invoice.Status);
        w.WriteString("stage", invoice.Stage.Name);
        InvoiceDueDates.Write(w, invoice);
        w.WriteString("principal", invoice.Ledger.Principal.ToString());
        w.WriteString("fees", invoice.Ledger.Fees.ToString());
        w.WriteString("interest", invoice.Ledger.Interest.ToString());
        w.WriteString("total", invoice.Ledger.Total.ToString());
        w.WriteString("credit", invoice.Ledger.Credit.ToString());
        w.WriteString("nextStepDate", next is { } n ? Iso(n) : null);
        w.WriteNumber("version", invoice.Version);
        w.WriteEndObject();
    }

    private void WriteInvoice(Utf8JsonWriter w, StoredInvoice stored)
    {
        var today = services.Clock.Today();
        InvoiceJson.Write(w, stored, x =>
        {
            var step = stored.State is OpenInvoice open ? CollectionSchedule.NextStep(open, services.Rules) : null;
            var current = InvoiceDecider.LedgerOn(stored.State, today, services.Rules);
            x.WriteStartObject("balanceToday");
            x.WriteString("principal", current.Principal.ToString());
            x.WriteString("fees", current.Fees.ToString());
            x.WriteString("interest", current.Interest.ToString());
            x.WriteString("total", current.Total.ToString());
            x.WriteEndObject();
            if (step is null)
            {
                x.WriteNull("nextStep");
            }
            else
            {
                x.WriteStartObject("nextStep");
                x.WriteString("step", StepName(step.Kind));
                x.WriteString("date", Iso(step.FirstRunFrom(today)));
                x.WriteEndObject();
            }

            if (stored.State is OpenInvoice { PendingClaim: { } claim })
            {
                x.WriteStartObject("pendingClaim");
                x.WriteString("claimId", claim.ClaimId);
                x.WriteString("receivedOn", Iso(claim.ReceivedOn));
                x.WriteBoolean("withinTimeLimit", claim.WithinTimeLimit);
                x.WriteEndObject();
            }
            else
            {
                x.WriteNull("pendingClaim");
            }

            x.WriteNumber("version", stored.State.Version);
        });
    }

    private static void WriteSummary(Utf8JsonWriter w, InvoiceSummary s)
    {
        w.WriteStartObject();
        w.WriteString("invoiceId", s.Id.Value);
        w.WriteString("batchId", s.BatchId);
        w.WriteString("invoiceDate", Iso(s.InvoiceDate));
        InvoiceDueDates.Write(w, s.DueDate, s.NoticeDueDate);
        w.WriteString("amount", s.Amount.ToString());
        w.WriteString("status", s.Status);
        w.WriteString("stage", s.Stage);
        w.WriteString("balance", s.Balance.ToString());
        w.WriteEndObject();
    }

    private static string StepName(StepKind kind) => kind switch
    {
        StepKind.BecomeOverdue => "overdue",
        StepKind.SendReminder => "reminder",
        StepKind.SendCollectionLetter1 => "collection_letter_1",
        StepKind.SendCollectionLetter2 => "collection_letter_2",
        StepKind.TransferToEnforcement => "enforcement",
        StepKind.CheckInstallment => "installment_check",
        _ => kind.ToString(),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
