using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Builds invoices as the import would, through the real decider.</summary>
internal static class TestInvoices
{
    public static readonly InvoiceRules Rules = InvoiceRules.Default(DefaultTariffs.Load());

    public static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static NewInvoice New(string batch, string client, int lines = 1, string importId = "import-1", decimal amount = 25m, string? reference = null, string linePrefix = "")
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
            [.. Enumerable.Range(1, lines).Select(i => new InvoiceLine($"{linePrefix}{client}-{i}", "VISIT", invoiceDate.AddDays(-10), Money.Of(amount), true))]);
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
}
