using System.Text.Json;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;

namespace Asiakasmaksu.StaffApi.Views;

/// <summary>An invoice in the contract's records: its details, its state after a change, a line of a client's list.</summary>
internal static class InvoiceViews
{
    /// <summary>The invoice as GET /api/invoices/{invoiceId} answers it, on <paramref name="today"/>.</summary>
    public static InvoiceDetails Details(StoredInvoice stored, DateOnly today, InvoiceRules rules)
    {
        var invoice = stored.State;
        var f = invoice.Facts;
        return new InvoiceDetails(
            f.BatchId,
            f.ClientId,
            f.Id.Value,
            f.InvoiceNumber,
            f.InvoiceDate,
            invoice.DueDate,
            invoice.Stage.DueDate,
            f.Amount.ToString(),
            f.Reference,
            invoice.Status,
            invoice.Stage.Name,
            new Balance(invoice.Ledger.Principal.ToString(), invoice.Ledger.Fees.ToString(), invoice.Ledger.Interest.ToString()),
            invoice.Ledger.Credit.ToString(),
            BalanceToday(invoice, today, rules),
            Next(invoice, today, rules),
            invoice is OpenInvoice { PendingClaim: { } claim } ? new Asiakasmaksu.StaffApi.Contract.Answers.PendingClaim(claim.ClaimId, claim.ReceivedOn, claim.WithinTimeLimit) : null,
            invoice.Version,
            Timeline(stored.History));
    }

    /// <summary>The invoice's state after a change (and <c>current</c> of a 409), its next step as of <paramref name="today"/>.</summary>
    public static InvoiceStateView State(IssuedInvoice invoice, DateOnly today, InvoiceRules rules) => new(
        invoice.Facts.Id.Value,
        invoice.Status,
        invoice.Stage.Name,
        invoice.DueDate,
        invoice.Stage.DueDate,
        invoice.Ledger.Principal.ToString(),
        invoice.Ledger.Fees.ToString(),
        invoice.Ledger.Interest.ToString(),
        invoice.Ledger.Total.ToString(),
        invoice.Ledger.Credit.ToString(),
        CollectionSchedule.NextWakeUp(invoice, today, rules),
        invoice.Version);

    /// <summary>A line of a client's list: the summary, with the balance today and the next step of its <paramref name="invoice"/> on <paramref name="today"/>.</summary>
    public static InvoiceListItem ListItem(InvoiceSummary s, IssuedInvoice invoice, DateOnly today, InvoiceRules rules) =>
        new(s.Id.Value, s.BatchId, s.InvoiceDate, s.DueDate, s.NoticeDueDate, s.Amount.ToString(), s.Status, s.Stage, s.Balance.ToString(), BalanceToday(invoice, today, rules), Next(invoice, today, rules));

    /// <summary>What <paramref name="invoice"/> owes with late interest charged to <paramref name="today"/>.</summary>
    private static Owed BalanceToday(IssuedInvoice invoice, DateOnly today, InvoiceRules rules)
    {
        var current = InvoiceDecider.LedgerOn(invoice, today, rules);
        return new Owed(current.Principal.ToString(), current.Fees.ToString(), current.Interest.ToString(), current.Total.ToString());
    }

    /// <summary>The next step of an open invoice and the day it is taken (from <paramref name="today"/>); null for a closed one.</summary>
    private static NextStep? Next(IssuedInvoice invoice, DateOnly today, InvoiceRules rules) =>
        invoice is OpenInvoice open && CollectionSchedule.NextStep(open, rules) is { } step ? new NextStep(StepName(step.Kind), step.FirstRunFrom(today)) : null;

    /// <summary>The API's name of a step.</summary>
    public static string StepName(StepKind kind) => kind switch
    {
        StepKind.BecomeOverdue => "overdue",
        StepKind.SendReminder => "reminder",
        StepKind.SendCollectionLetter1 => "collection_letter_1",
        StepKind.SendCollectionLetter2 => "collection_letter_2",
        StepKind.TransferToEnforcement => "enforcement",
        StepKind.CheckInstallment => "installment_check",
        _ => kind.ToString(),
    };

    /// <summary>The timeline as docs/simulate.md writes it (<see cref="TimelineJson"/>), as the contract's entries.</summary>
    private static IReadOnlyList<TimelineEntry> Timeline(IReadOnlyList<StoredEvent> history)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            TimelineJson.Write(w, history);
        }

        return JsonSerializer.Deserialize(buffer.ToArray(), StaffApiJson.Default.IReadOnlyListTimelineEntry) ?? [];
    }
}
