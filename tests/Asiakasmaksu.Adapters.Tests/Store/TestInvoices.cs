using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Builds invoices as the import would, through the real decider.</summary>
internal static class TestInvoices
{
    public static readonly InvoiceRules Rules = InvoiceRules.Default(DefaultTariffs.Load());

    public static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static NewInvoice New(string batch, string client, int lines = 1, string importId = "import-1", decimal amount = 25m, string? reference = null, string linePrefix = "", string? invoiceNumber = null)
    {
        var invoiceDate = new DateOnly(2026, 3, 2);
        var address = new PostalAddress("Testi Asiakas", "Katu 1", "00100", "Helsinki");
        var draft = new InvoiceDraft(
            InvoiceIdentity.For(batch, client),
            batch,
            client,
            invoiceDate,
            reference ?? $"1{Math.Abs(StringComparer.Ordinal.GetHashCode(batch + client)) % 1000000:D6}",
            Language.Fi,
            address,
            new Recipient(address, client.EndsWith('e') ? "client@example.org" : null, false),
            [.. Enumerable.Range(1, lines).Select(i => new InvoiceLine($"{linePrefix}{client}-{i}", "VISIT", invoiceDate.AddDays(-10), Money.Of(amount), true))])
        {
            InvoiceNumber = invoiceNumber,
        };
        var decision = (Decision.Accepted)InvoiceDecider.Decide(InvoiceState.None, new InvoiceCommand.Issue(invoiceDate, draft), Rules);
        var (state, notices) = NoticeComposer.Apply(InvoiceState.None, decision.Events);
        var issued = (IssuedInvoice)state;
        return new NewInvoice(
            decision.Events,
            issued,
            notices,
            CollectionSchedule.NextWakeUp(issued, invoiceDate, Rules),
            [.. draft.Lines.Select(l => new LineKey(l.LineId, $"hash-{l.LineId}-{l.Amount}"))],
            importId,
            At);
    }

    public static InvoiceChange Advance(StoredInvoice stored, DateOnly day)
    {
        var decision = (Decision.Accepted)InvoiceDecider.Decide(stored.State, new InvoiceCommand.Advance(day), Rules);
        var (state, notices) = NoticeComposer.Apply(stored.State, decision.Events);
        var after = (IssuedInvoice)state;
        return new InvoiceChange(stored.State, stored.ConcurrencyToken, decision.Events, after, notices, CollectionSchedule.NextWakeUp(after, day.AddDays(1), Rules), At.AddDays(30));
    }

    /// <summary>A change recording payments of <paramref name="cents"/> cents each with the given ids, all in one commit (a settled invoice takes no more).</summary>
    public static InvoiceChange Pay(StoredInvoice stored, IEnumerable<string> paymentIds, long cents = 1)
    {
        var day = new DateOnly(2026, 3, 5);
        var state = (InvoiceState)stored.State;
        var events = new List<InvoiceEvent>();
        foreach (var paymentId in paymentIds)
        {
            var command = new InvoiceCommand.RecordPayment(day, paymentId, day, Money.FromCents(cents), new Stamp(Actor.System, At, "bank file"));
            if (InvoiceDecider.Decide(state, command, Rules) is Decision.Accepted accepted)
            {
                events.AddRange(accepted.Events);
                state = InvoiceDecider.Replay(state, accepted.Events);
            }
        }

        var (after, notices) = NoticeComposer.Apply(stored.State, events);
        var issued = (IssuedInvoice)after;
        return new InvoiceChange(stored.State, stored.ConcurrencyToken, events, issued, notices, stored.NextWakeUp, At.AddDays(3));
    }
}
