using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>A test driver: an invoice, the days it lives through and the commands given, recording events and notices.</summary>
internal sealed class Scenario
{
    public static readonly InvoiceRules Rules = InvoiceRules.Default(DefaultTariffs.Load());

    private InvoiceRules rules = Rules;

    private Scenario(DateOnly today) => Today = today;

    public InvoiceState State { get; private set; } = InvoiceState.None;

    public DateOnly Today { get; private set; }

    public List<InvoiceEvent> Events { get; } = [];

    public List<Notice> Notices { get; } = [];

    public OpenInvoice Open => Assert.IsType<OpenInvoice>(State);

    public IssuedInvoice Issued => Assert.IsAssignableFrom<IssuedInvoice>(State);

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static InvoiceDraft Draft(DateOnly invoiceDate, decimal amount = 100m, string id = "inv-1") => new(
        new InvoiceId(id),
        "batch-1",
        "client-1",
        invoiceDate,
        "1232",
        Language.Fi,
        new PostalAddress("Maija Meikäläinen", "Katu 1", "00100", "Helsinki"),
        new Recipient(new PostalAddress("Maija Meikäläinen", "Katu 1", "00100", "Helsinki"), null, false),
        [new InvoiceLine("l1", "HOME", invoiceDate.AddDays(-20), Money.Of(amount), true)]);

    public static Stamp By(StaffRole role, string why = "asked by the client") =>
        new(new Actor($"{role}-1".ToLowerInvariant(), role), new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero), why);

    /// <summary>An invoice issued on its invoice date.</summary>
    public static Scenario Issue(DateOnly invoiceDate, decimal amount = 100m)
    {
        var s = new Scenario(invoiceDate);
        s.Accept(new InvoiceCommand.Issue(invoiceDate, Draft(invoiceDate, amount)));
        return s;
    }

    /// <summary>From now on decides under <paramref name="other"/> (a tariff added later, say).</summary>
    public Scenario Under(InvoiceRules other)
    {
        rules = other;
        return this;
    }

    /// <summary>Lives every day up to and including <paramref name="end"/>, advancing each day.</summary>
    public Scenario LiveThrough(DateOnly end)
    {
        while (Today < end)
        {
            Today = Today.AddDays(1);
            Accept(new InvoiceCommand.Advance(Today));
        }

        return this;
    }

    /// <summary>Jumps from wake-up to wake-up up to <paramref name="end"/> (as a scheduler would).</summary>
    public Scenario WakeThrough(DateOnly end)
    {
        while (CollectionSchedule.NextWakeUp(State, Today.AddDays(1), rules) is { } wake && wake <= end)
        {
            Today = wake;
            Accept(new InvoiceCommand.Advance(Today));
        }

        Today = end;
        return this;
    }

    public Decision Do(Func<DateOnly, InvoiceCommand> command) => Apply(command(Today));

    public Decision Apply(InvoiceCommand command)
    {
        var decision = InvoiceDecider.Decide(State, command, rules);
        if (decision is Decision.Accepted accepted)
        {
            foreach (var e in accepted.Events)
            {
                var before = State;
                State = InvoiceDecider.Evolve(State, e);
                Events.Add(e);
                if (NoticeComposer.For(before, e, (IssuedInvoice)State) is { } notice)
                {
                    Notices.Add(notice);
                }
            }
        }

        return decision;
    }

    public Decision.Accepted Accept(InvoiceCommand command) => Assert.IsType<Decision.Accepted>(Apply(command));

    public Decision.Refused Refuse(InvoiceCommand command)
    {
        var before = State;
        var refused = Assert.IsType<Decision.Refused>(Apply(command));
        Assert.Same(before, State);
        return refused;
    }

    public T Single<T>()
        where T : InvoiceEvent => Assert.Single(Events.OfType<T>());
}
