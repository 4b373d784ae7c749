using System.Globalization;
using Asiakasmaksu.Application.Import;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// Shows an import's progress: a progress bar on a terminal; otherwise (output redirected) one
/// plain line per step, <c>reading N lines</c> and <c>creating DONE/TOTAL invoices</c>, so that
/// scripts and logs see how far it came.
/// </summary>
internal static class ImportProgressDisplay
{
    public static async Task<T> RunAsync<T>(Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(new SyncProgress<ImportProgress>(p => Console.Out.WriteLine(Line(p)))).ConfigureAwait(false);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: 1);
                result = await work(new SyncProgress<ImportProgress>(p =>
                {
                    task.Description = Line(p);
                    task.MaxValue = Math.Max(1, p.Total ?? p.Done);
                    task.Value = p.Total is null ? 0 : p.Done;
                })).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    private static string Line(ImportProgress p) => p.Total is { } total
        ? $"{p.Phase} {p.Done.ToString("#,0", CultureInfo.InvariantCulture)}/{total.ToString("#,0", CultureInfo.InvariantCulture)} invoices"
        : $"{p.Phase} {p.Done.ToString("#,0", CultureInfo.InvariantCulture)} lines";
}
