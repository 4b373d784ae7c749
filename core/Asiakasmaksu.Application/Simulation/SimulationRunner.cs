using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// The what-if run of docs/simulate.md: imports the billing files in the order given, then moves a
/// virtual clock day by day from the earliest invoice date through the end of
/// <see cref="SimulationInput.Until"/>, with no waiting, through the same use cases and store
/// contract as the hosts. Each day: that day's bank payments (at 08:00, see
/// <see cref="SimulationPayments"/>), then that day's events in file order (at 09:00), then every
/// invoice whose wake-up has come (at 18:00), then the day's notices are delivered. A step that
/// falls in a year without a tariff waits (the decider does not take it); the run goes on to its end,
/// writes its outputs, then stops with a <see cref="SimulationInputException"/> naming the year.
/// </summary>
public sealed class SimulationRunner(IInvoiceStore store, IOutboxStore outbox, IAuditLog audit, InvoiceRules rules, ManualClock clock, INoticeDispatcher dispatcher, ICeilingStore ceilings)
{
    /// <summary>
    /// The instant imports are stamped with: the start of 1 January 2000, the earliest date a
    /// billing file may hold. The outbox never delivers a notice before its own date, so each
    /// invoice notice goes out on its invoice date, and a run's outputs do not depend on when it ran.
    /// </summary>
    public static readonly DateOnly ImportDay = new(2000, 1, 1);

    private static readonly TimeOnly PaymentsTime = new(8, 0);
    private static readonly TimeOnly EventsTime = new(9, 0);
    private static readonly TimeOnly StepsTime = new(18, 0);

    /// <summary>Runs the simulation and writes its outputs; throws <see cref="SimulationInputException"/> for unusable input.</summary>
    public async Task<SimulationSummary> RunAsync(SimulationInput input, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        var paymentFiles = input.PaymentFiles ?? [];
        foreach (var path in input.BillingFiles.Append(input.EventsFile).Concat(paymentFiles).OfType<string>().Where(p => !File.Exists(p)))
        {
            throw new SimulationInputException($"file not found: {path}");
        }

        var events = EventsFile.ReadFile(input.EventsFile);
        var payments = SimulationPayments.Read(paymentFiles);
        Directory.CreateDirectory(input.OutputFolder);
        clock.SetDay(ImportDay, TimeOnly.MinValue);
        var imports = await SimulationImport.RunAsync(input, SimulationImport.Importer(store, rules, clock, ceilings, outbox), null, progress, cancellationToken).ConfigureAwait(false);

        var first = await EarliestInvoiceDateAsync(store, cancellationToken).ConfigureAwait(false) ?? input.Until;
        var days = Math.Max(0, input.Until.DayNumber - first.DayNumber + 1);
        var workflow = new InvoiceWorkflow(store, rules, clock, ceilings, outbox);
        var staff = new StaffActions(workflow, audit);
        var applier = new SimulationEventApplier(store, staff, new EstateWriteOff(store, staff, outbox));
        var advance = new AdvanceDueInvoices(store, new AdvanceInvoice(workflow));
        var paymentImport = new PaymentImport(store, staff, payments.Unmatched, clock);
        await payments.ListOutsideAsync(first, input.Until, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var rejected = new List<(SimulationEvent Event, string Reason)>();
        var delivered = new List<(DateOnly, DispatchedNotice)>();
        var applied = 0;
        (int Year, DateOnly From)? waiting = null;

        rejected.AddRange(EventsFile.OutsideRun(events, first, input.Until));

        var byDay = events.Where(e => e.Date >= first && e.Date <= input.Until).ToLookup(e => e.Date);
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            clock.SetDay(day, PaymentsTime);
            await payments.ApplyDayAsync(paymentImport, day, cancellationToken).ConfigureAwait(false);
            clock.SetDay(day, EventsTime);
            foreach (var e in byDay[day])
            {
                if ((await applier.ApplyAsync(e, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)).Refusal is { } reason)
                {
                    rejected.Add((e, reason));
                }
                else
                {
                    applied++;
                }
            }

            clock.SetDay(day, StepsTime);
            var advanced = await advance.RunAsync(day, input.Parallelism, cancellationToken).ConfigureAwait(false);
            if (waiting is null && advanced.YearsWithoutTariff is [var year, ..])
            {
                waiting = (year, day);
            }

            await DeliverAsync(day, delivered, cancellationToken).ConfigureAwait(false);
            progress?.Report(new SimulationProgress("simulate", day, i + 1, days, delivered.Count));
        }

        await payments.WriteAsync(Path.Combine(input.OutputFolder, "unmatched-payments.json"), cancellationToken).ConfigureAwait(false);
        var (byStatus, freeCards) = await SimulationOutputs.WriteAsync(input.OutputFolder, store, ceilings, delivered, rejected, cancellationToken).ConfigureAwait(false);
        if (waiting is var (missing, from))
        {
            throw new SimulationInputException(SimulationImport.MissingTariff(missing, from));
        }

        return new SimulationSummary(imports, days, byStatus, delivered.Count, applied, rejected.Count, payments.Applied, payments.Unmatched.Count, freeCards);
    }

    /// <summary>The earliest invoice date in <paramref name="store"/> (where a run's days begin), or null when it holds none.</summary>
    public static async Task<DateOnly?> EarliestInvoiceDateAsync(IInvoiceStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        DateOnly? earliest = null;
        await foreach (var invoice in store.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (earliest is null || invoice.InvoiceDate < earliest)
            {
                earliest = invoice.InvoiceDate;
            }
        }

        return earliest;
    }

    private async Task DeliverAsync(DateOnly day, List<(DateOnly, DispatchedNotice)> delivered, CancellationToken cancellationToken)
    {
        while (true)
        {
            var sent = await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
            if (sent.Count == 0)
            {
                return;
            }

            delivered.AddRange(sent.Select(s => (day, s)));
        }
    }
}
