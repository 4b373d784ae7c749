using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
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

        var events = ReadEvents(input.EventsFile);
        var payments = SimulationPayments.Read(paymentFiles);
        Directory.CreateDirectory(input.OutputFolder);
        var imports = await ImportAsync(input, progress, cancellationToken).ConfigureAwait(false);

        var first = await EarliestInvoiceDateAsync(cancellationToken).ConfigureAwait(false) ?? input.Until;
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

        foreach (var e in events.Where(e => e.Date < first || e.Date > input.Until))
        {
            rejected.Add((e, $"its date is outside the run ({first:yyyy-MM-dd} to {input.Until:yyyy-MM-dd})"));
        }

        var byDay = events.Where(e => e.Date >= first && e.Date <= input.Until).ToLookup(e => e.Date);
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            clock.SetDay(day, PaymentsTime);
            await payments.ApplyDayAsync(paymentImport, day, cancellationToken).ConfigureAwait(false);
            clock.SetDay(day, EventsTime);
            foreach (var e in byDay[day])
            {
                if (await applier.ApplyAsync(e, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false) is { } reason)
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

        var noticesFolder = Path.Combine(input.OutputFolder, "notices");
        var byStatus = await SimulationOutputs.WriteInvoicesAsync(Path.Combine(input.OutputFolder, "invoices.json"), store, cancellationToken).ConfigureAwait(false);
        await SimulationOutputs.WriteNoticesAsync(Path.Combine(input.OutputFolder, "notices.json"), noticesFolder, delivered, cancellationToken).ConfigureAwait(false);
        await SimulationOutputs.WriteRejectedEventsAsync(Path.Combine(input.OutputFolder, "rejected-events.json"), [.. rejected.OrderBy(r => r.Event.LineNumber)], cancellationToken).ConfigureAwait(false);
        await payments.WriteAsync(Path.Combine(input.OutputFolder, "unmatched-payments.json"), cancellationToken).ConfigureAwait(false);
        var freeCards = await SimulationCeilings.WriteAsync(Path.Combine(input.OutputFolder, "ceilings.json"), ceilings, cancellationToken).ConfigureAwait(false);
        if (waiting is var (missing, from))
        {
            throw new SimulationInputException($"no tariff is configured for {missing}: reminders and collection letters wait for it from {from:yyyy-MM-dd} (the outputs show where each invoice stands); add the year to the tariff configuration (--tariffs FILE)");
        }

        return new SimulationSummary(imports, days, byStatus, delivered.Count, applied, rejected.Count, payments.Applied, payments.Unmatched.Count, freeCards);
    }

    private static List<SimulationEvent> ReadEvents(string? path)
    {
        if (path is null)
        {
            return [];
        }

        using var reader = new StreamReader(path);
        return [.. EventsFile.Read(reader)];
    }

    private async Task<IReadOnlyList<ImportReport>> ImportAsync(SimulationInput input, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        clock.SetDay(ImportDay, TimeOnly.MinValue);
        // Every file is imported on ImportDay, before the dates it plays: an invoice_date "ahead" of it is the point.
        var import = new BillingImport(store, rules, clock, ceilings, outbox) { Limits = ImportLimits.Default with { MaxDaysAhead = null } };
        var reports = new List<ImportReport>();
        await using var rejected = new CsvRejectionSink(File.Create(Path.Combine(input.OutputFolder, "rejected-lines.csv")), withFileColumn: true, rows: CsvReportRows.Rejections);
        await using var warnings = new CsvRejectionSink(File.Create(Path.Combine(input.OutputFolder, "import-warnings.csv")), withFileColumn: true, rows: CsvReportRows.Warnings);
        var sink = new SimulationImportSink(rejected, warnings);
        foreach (var path in input.BillingFiles)
        {
            var name = Path.GetFileName(path);
            sink.CurrentFile = name;
            var phase = $"import {name}";
            var lines = new Progress<ImportProgress>(p => progress?.Report(new SimulationProgress(phase, ImportDay, p.Done, p.Total ?? 0, 0)));
            await using var file = File.OpenRead(path);
            try
            {
                reports.Add(await import.RunAsync(name, file, sink, null, lines, cancellationToken).ConfigureAwait(false));
            }
            catch (BillingFileFormatException e)
            {
                throw new SimulationInputException($"{name}: {e.Message}", e);
            }
        }

        return reports;
    }

    private async Task<DateOnly?> EarliestInvoiceDateAsync(CancellationToken cancellationToken)
    {
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
