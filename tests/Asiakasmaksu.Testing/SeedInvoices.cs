using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Testing;

/// <summary>Builds invoices as the import would: through the real decider's Issue command, with the reference the import gives.</summary>
public static class SeedInvoices
{
    /// <summary>The rules the loopback host runs with.</summary>
    public static InvoiceRules Rules { get; } = InvoiceRules.Default(DefaultTariffs.Load());

    /// <summary>The invoice of <paramref name="client"/> in <paramref name="batch"/>, dated <paramref name="invoiceDate"/>, one line per amount.</summary>
    public static NewInvoice New(string batch, string client, DateOnly invoiceDate, params decimal[] amounts)
    {
        var address = new PostalAddress("Testi Asiakas", "Katu 1", "00100", "Helsinki");
        var lines = (amounts.Length == 0 ? [25m] : amounts)
            .Select((amount, i) => new InvoiceLine($"{client}-{i + 1}", "VISIT", invoiceDate.AddDays(-10), Money.Of(amount), true))
            .ToList();
        var id = InvoiceIdentity.For(batch, client);
        var draft = new InvoiceDraft(
            id,
            batch,
            client,
            invoiceDate,
            InvoiceReferences.NationalFor(id),
            Language.Fi,
            address,
            new Recipient(address, null, false),
            [.. lines]);
        var decision = (Decision.Accepted)InvoiceDecider.Decide(InvoiceState.None, new InvoiceCommand.Issue(invoiceDate, draft), Rules);
        var (state, notices) = NoticeComposer.Apply(InvoiceState.None, decision.Events);
        var issued = (IssuedInvoice)state;
        return new NewInvoice(
            decision.Events,
            issued,
            notices,
            CollectionSchedule.NextWakeUp(issued, invoiceDate, Rules),
            [.. lines.Select(l => new LineKey(l.LineId, $"hash-{batch}-{l.LineId}-{l.Amount}"))],
            $"seed-{batch}",
            Application.Time.BusinessTime.StartOf(invoiceDate).AddHours(8));
    }
}
