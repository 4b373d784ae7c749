using System.Globalization;
using Asiakasmaksu.Application.Simulation;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>The short summary a person reads at the end of a run.</summary>
internal static class SummaryPrinter
{
    public static void Print(SimulationSummary summary, SimulationInput input, string store, TimeSpan elapsed)
    {
        var imports = new Table().Title("Billing files").AddColumns("file", "lines", "accepted", "rejected", "duplicates", "invoices", "amount €");
        foreach (var r in summary.Imports)
        {
            imports.AddRow(
                Markup.Escape(r.FileName),
                N(r.Lines),
                N(r.Accepted),
                r.Rejected > 0 ? $"[yellow]{N(r.Rejected)}[/]" : "0",
                N(r.Duplicates),
                N(r.InvoicesCreated + r.InvoicesAlreadyImported),
                r.AmountCreated.ToString());
            if (r.UnknownColumns.Count > 0)
            {
                imports.AddRow($"  [grey]ignored columns: {Markup.Escape(string.Join(", ", r.UnknownColumns))}[/]", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
            }
        }

        AnsiConsole.Write(imports);
        var end = new Table().Title($"Invoices on {input.Until:yyyy-MM-dd}").AddColumns("status", "invoices");
        foreach (var (status, count) in summary.InvoicesByStatus)
        {
            end.AddRow(status, N(count));
        }

        AnsiConsole.Write(end);
        AnsiConsole.MarkupLine($"{N(summary.Days)} days simulated, {N(summary.Notices)} notices delivered, {N(summary.EventsApplied)} staff events applied, {(summary.EventsRejected > 0 ? $"[yellow]{N(summary.EventsRejected)}[/]" : "0")} refused.");
        if (input.PaymentFiles is { Count: > 0 })
        {
            AnsiConsole.MarkupLine($"Bank payments: {N(summary.PaymentsApplied)} recorded on invoices, {(summary.PaymentsUnmatched > 0 ? $"[yellow]{N(summary.PaymentsUnmatched)}[/]" : "0")} unmatched (unmatched-payments.json).");
        }

        AnsiConsole.MarkupLine($"Payment ceiling (maksukatto): {N(summary.FreeCards)} free cards held at the end (ceilings.json).");
        AnsiConsole.MarkupLine($"Store: {Markup.Escape(store)}. Took {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        AnsiConsole.MarkupLine($"Output: [link]{Markup.Escape(input.OutputFolder)}[/] (invoices.json, notices.json, notices/, rejected-lines.csv, rejected-events.json, ceilings.json)");
    }

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
