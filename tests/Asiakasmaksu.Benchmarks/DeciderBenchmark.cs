using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using BenchmarkDotNet.Attributes;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// The decider on 1 000 000 invoices at every stage of their life: one decision is
/// <c>Decide(state, Advance(day))</c> for one invoice, the call the scheduler makes for each
/// wake-up. Target: at least 2 000 000 decisions a second on one core.
/// </summary>
[MemoryDiagnoser]
[InProcess] // no generated boilerplate project to build: runs from any folder, with the repository's build rules untouched
public class DeciderBenchmark
{
    private const int Invoices = 1_000_000;
    private static readonly InvoiceRules Rules = InvoiceRules.Default(DefaultTariffs.Load());
    private InvoiceState[] states = [];
    private DateOnly[] days = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var address = new PostalAddress("Asiakas", "Katu 1", "00100", "Helsinki");
        var recipient = new Recipient(address, null, false);
        states = new InvoiceState[Invoices];
        days = new DateOnly[Invoices];
        for (var i = 0; i < Invoices; i++)
        {
            var invoiceDate = new DateOnly(2026, 1, 2).AddDays(random.Next(0, 300));
            var draft = new InvoiceDraft(new InvoiceId($"b-{i}"), "b", $"c{i}", invoiceDate, "1232", Language.Fi, address, recipient, [new InvoiceLine("l", "DOCTOR", invoiceDate.AddDays(-10), Money.Of(20.90m + (i % 50)), true)]);
            var state = Apply(InvoiceState.None, new InvoiceCommand.Issue(invoiceDate, draft));

            // Live the invoice to a random day of its first 90 days, so that states cover every stage.
            var until = invoiceDate.AddDays(random.Next(0, 90));
            for (var day = invoiceDate.AddDays(1); day <= until; day = CollectionSchedule.NextWakeUp(state, day.AddDays(1), Rules) ?? until.AddDays(1))
            {
                state = Apply(state, new InvoiceCommand.Advance(day));
            }

            states[i] = state;
            days[i] = until.AddDays(random.Next(1, 20));
        }
    }

    [Benchmark(OperationsPerInvoke = Invoices)]
    public int DecideAdvance()
    {
        var events = 0;
        for (var i = 0; i < states.Length; i++)
        {
            if (InvoiceDecider.Decide(states[i], new InvoiceCommand.Advance(days[i]), Rules) is Decision.Accepted accepted)
            {
                events += accepted.Events.Count;
            }
        }

        return events;
    }

    private static InvoiceState Apply(InvoiceState state, InvoiceCommand command) =>
        InvoiceDecider.Decide(state, command, Rules) is Decision.Accepted a ? InvoiceDecider.Replay(state, a.Events) : state;
}
