using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Asiakasmaksu.Testing;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>
/// One load run: starts Azurite and the loopback host, seeds the invoices, runs the clients for
/// the time asked, then checks that no accepted deferral was lost and prints the results; then races
/// three deciders on each of up to 50 deferral requests (<see cref="DecisionRace"/>). Meanwhile
/// outbox dispatchers deliver the notices the changes queue (<see cref="DeliveryPasses"/>); after
/// the race they deliver what is left, and every notice must have been received exactly once.
/// </summary>
internal static class LoadRun
{
    /// <summary>The business day the host acts on (a fixed clock keeps the dates of the run reproducible).</summary>
    private static readonly DateOnly Today = new(2026, 3, 5);

    /// <summary>Runs and reports; true when nothing was lost and no call failed on the server's side.</summary>
    public static async Task<bool> RunAsync(LoadOptions options, TextWriter output)
    {
        output.WriteLine($"Staff API load: {options.Clients} clients, {options.Invoices} invoices, {options.Seconds} s, {options.ReadShare:P0} reads, {options.Dispatchers} outbox dispatchers delivering meanwhile");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average at start {LoadAverage()}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var clock = new ManualClock(BusinessTime.StartOf(Today).AddHours(9));
        await using var api = await LoopbackStaffApi.StartAsync(clock);
        var invoices = await SeedAsync(api, options.Invoices);
        output.WriteLine($"Host {api.Address} on Azurite; {invoices.Count} invoices seeded (invoice store: {api.Invoices.GetType().Name})");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients }) { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        var knownDueDates = new ConcurrentDictionary<InvoiceId, DateOnly>();
        var accepted = new ConcurrentBag<AcceptedDeferral>();
        await WarmUpAsync(http, invoices, options, knownDueDates, accepted);
        accepted.Clear();

        var recorder = new LatencyRecorder();
        var deliveries = new DeliveryPasses(api.Outbox, clock, options.Dispatchers);
        var elapsed = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddSeconds(options.Seconds);
        var delivering = deliveries.RunUntilAsync(deadline);
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(i =>
            Task.Run(() => new LoadClient(http, invoices, options, recorder, knownDueDates, accepted, seed: 1000 + i).RunAsync(deadline))));
        await delivering;
        elapsed.Stop();
        var deliveredDuringLoad = deliveries.Received;

        var problems = await LostUpdateCheck.RunAsync(api.Invoices, api.Audit, invoices.Select(i => i.Id), [.. accepted]);
        var serverErrors = recorder.ServerErrors;
        Print(output, recorder, elapsed.Elapsed, accepted.Count, problems, serverErrors);

        var race = await DecisionRace.RunAsync(api, http, [.. invoices.Select(i => i.Id)], Math.Min(50, invoices.Count));
        output.WriteLine();
        output.WriteLine(race.Problems.Count == 0 && race.ServerErrors == 0
            ? $"Concurrent decisions: {race.Requests} deferral requests each decided by three deciders at once: {race.Won} won (one each), {race.Lost} × 409; every request agrees with its invoice; no server errors."
            : $"FAILED concurrent decisions: {race.ServerErrors} server or transport errors; {race.Problems.Count} problems:\n  {string.Join("\n  ", race.Problems.Take(50))}");
        var delivery = await DeliverRestAsync(output, deliveries, options, invoices.Count + accepted.Count + race.Won, deliveredDuringLoad);
        var allServerErrors = serverErrors + race.ServerErrors + deliveries.FailedPasses;
        output.WriteLine();
        output.WriteLine($"Summary: {problems.Count + race.Problems.Count} lost updates or disagreeing decisions, {delivery.Duplicates} duplicate sends, {delivery.Lost} notices lost, {allServerErrors} 5xx or failed passes.");
        return problems.Count == 0 && serverErrors == 0 && race.Problems.Count == 0 && race.ServerErrors == 0 && delivery.Duplicates == 0 && delivery.Lost == 0 && deliveries.FailedPasses == 0;
    }

    /// <summary>
    /// The dispatchers deliver what is still pending (all at once), then the count: every notice the
    /// run queued (one per seeded invoice, per applied deferral and per decided request) received
    /// exactly once and marked sent. Returns the duplicate sends and the notices lost.
    /// </summary>
    private static async Task<(int Duplicates, int Lost)> DeliverRestAsync(TextWriter output, DeliveryPasses deliveries, LoadOptions options, int expected, int deliveredDuringLoad)
    {
        output.WriteLine();
        if (options.Dispatchers == 0)
        {
            output.WriteLine("Concurrent deliveries: none (--dispatchers 0).");
            return (0, 0);
        }

        var left = await deliveries.DrainAsync();
        var (_, duplicates, unmarked) = await deliveries.CheckAsync();
        var lost = left + unmarked.Count + Math.Max(0, expected - deliveries.Received);
        output.WriteLine(duplicates.Count == 0 && lost == 0 && deliveries.FailedPasses == 0
            ? $"Concurrent deliveries: {options.Dispatchers} dispatchers, {deliveries.Passes} passes; {deliveries.Received} notices received ({deliveredDuringLoad} while the clients changed invoices, the rest after the race), each exactly once and marked sent, of {expected} the run queued; none left pending; no failed pass."
            : $"FAILED concurrent deliveries: {duplicates.Count} sent more than once, {left} left pending, {unmarked.Count} received but not marked sent, {deliveries.Received} received of {expected} queued, {deliveries.FailedPasses} failed passes:\n  {string.Join("\n  ", duplicates.Concat(unmarked).Take(50))}");
        return (duplicates.Count, lost);
    }

    private static async Task<IReadOnlyList<(InvoiceId Id, string ClientId)>> SeedAsync(LoopbackStaffApi api, int count)
    {
        var batch = $"load-{Guid.NewGuid():N}";
        var all = Enumerable.Range(1, count).Select(i => SeedInvoices.New(batch, $"load-client-{i:D6}", Today.AddDays(-3), 40m, 20m)).ToList();
        foreach (var chunk in all.Chunk(500))
        {
            await api.SeedAsync(chunk);
        }

        return [.. all.Select(i => (i.Id, i.State.Facts.ClientId))];
    }

    /// <summary>A few seconds of the same traffic, not measured, so that the JIT and connection pool are warm.</summary>
    private static Task WarmUpAsync(HttpClient http, IReadOnlyList<(InvoiceId Id, string ClientId)> invoices, LoadOptions options, ConcurrentDictionary<InvoiceId, DateOnly> known, ConcurrentBag<AcceptedDeferral> accepted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(Math.Min(3, options.Seconds));
        var recorder = new LatencyRecorder();
        return Task.WhenAll(Enumerable.Range(0, options.Clients).Select(i =>
            Task.Run(() => new LoadClient(http, invoices, options with { ReadShare = 1 }, recorder, known, accepted, seed: i).RunAsync(deadline))));
    }

    private static void Print(TextWriter output, LatencyRecorder recorder, TimeSpan elapsed, int accepted, IReadOnlyList<string> problems, int serverErrors)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{recorder.Total} calls in {elapsed.TotalSeconds:0.0} s: {recorder.Total / elapsed.TotalSeconds:0.0} calls/s"));
        output.WriteLine();
        output.WriteLine($"{"operation",-34} {"calls",8} {"calls/s",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (operation, calls, p50, p99, max) in recorder.Summary())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{operation,-34} {calls,8} {calls / elapsed.TotalSeconds,8:0.0} {p50,8:0.0} {p99,8:0.0} {max,8:0.0}"));
        }

        output.WriteLine();
        output.WriteLine("outcomes:");
        foreach (var (outcome, calls) in recorder.Outcomes())
        {
            output.WriteLine($"  {outcome,-44} {calls,8}");
        }

        output.WriteLine();
        output.WriteLine($"Load average at end: {LoadAverage()}");
        output.WriteLine(problems.Count == 0 && serverErrors == 0
            ? $"No lost update: all {accepted} accepted deferrals are stored at the versions answered and audited once each; no server errors."
            : $"FAILED: {serverErrors} server or transport errors; {problems.Count} lost-update problems:\n  {string.Join("\n  ", problems.Take(50))}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
