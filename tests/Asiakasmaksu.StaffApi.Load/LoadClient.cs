using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>
/// One simulated staff member: until the deadline, picks a random invoice and reads it, lists its
/// client's invoices, or defers it by 1–3 bank days past the due date it last saw (so deferrals of
/// different clients race on the same invoices). Every accepted deferral is remembered for the check.
/// It acts as a supervisor: deferral authority counts from the original due date, and a minute of
/// chained 1–3 bank-day deferrals passes a team member's 3 months but not a supervisor's 12.
/// </summary>
internal sealed class LoadClient(
    HttpClient http,
    IReadOnlyList<(InvoiceId Id, string ClientId)> invoices,
    LoadOptions options,
    LatencyRecorder recorder,
    ConcurrentDictionary<InvoiceId, DateOnly> knownDueDates,
    ConcurrentBag<AcceptedDeferral> accepted,
    int seed)
{
    public const string ReadInvoice = "GET /api/invoices/{id}";
    public const string ListInvoices = "GET /api/clients/{id}/invoices";
    public const string Defer = "POST /api/invoices/{id}/deferrals";

    private readonly Random random = new(seed);

    /// <summary>Runs until <paramref name="deadline"/>; a call under way when it passes is finished and counted.</summary>
    public async Task RunAsync(DateTime deadline)
    {
        while (DateTime.UtcNow < deadline)
        {
            var (id, clientId) = invoices[random.Next(invoices.Count)];
            if (random.NextDouble() >= options.ReadShare)
            {
                await DeferAsync(id);
            }
            else if (random.Next(4) == 0)
            {
                await CallAsync(ListInvoices, HttpMethod.Get, $"/api/clients/{Uri.EscapeDataString(clientId)}/invoices", null);
            }
            else
            {
                await ReadAsync(id);
            }
        }
    }

    private async Task ReadAsync(InvoiceId id)
    {
        var (status, body) = await CallAsync(ReadInvoice, HttpMethod.Get, $"/api/invoices/{id}", null);
        if (status == 200)
        {
            using var json = JsonDocument.Parse(body);
            Learn(id, json.RootElement.GetProperty("dueDate").GetString());
        }
    }

    private async Task DeferAsync(InvoiceId id)
    {
        if (!knownDueDates.TryGetValue(id, out var due))
        {
            await ReadAsync(id);
            return;
        }

        var newDueDate = FinnishBankCalendar.AddBankDays(due, random.Next(1, 4));
        var (status, body) = await CallAsync(Defer, HttpMethod.Post, $"/api/invoices/{id}/deferrals", $$"""{"newDueDate":"{{Iso(newDueDate)}}","reason":"load test"}""");
        using var json = body.Length > 0 ? JsonDocument.Parse(body) : null;
        switch (status)
        {
            case 200 when json!.RootElement.GetProperty("outcome").GetString() == "applied":
                var state = json.RootElement.GetProperty("invoice");
                accepted.Add(new AcceptedDeferral(id, state.GetProperty("version").GetInt32(), newDueDate));
                Learn(id, state.GetProperty("dueDate").GetString());
                break;
            case 409 when json!.RootElement.TryGetProperty("current", out var current):
                Learn(id, current.GetProperty("dueDate").GetString());
                break;
            default:
                // Decided after another client had set a later date (400): look again before the next try.
                knownDueDates.TryRemove(id, out _);
                break;
        }
    }

    private async Task<(int Status, string Body)> CallAsync(string operation, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StaffKeys.Supervisor);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            recorder.Record(operation, clock.Elapsed.TotalMilliseconds, Outcome((int)response.StatusCode, body));
            return ((int)response.StatusCode, body);
        }
        catch (HttpRequestException e)
        {
            recorder.Record(operation, clock.Elapsed.TotalMilliseconds, $"transport error {e.HttpRequestError}");
            return (0, string.Empty);
        }
    }

    private static string Outcome(int status, string body) =>
        status == 200 && body.Contains("\"outcome\":\"unchanged\"", StringComparison.Ordinal) ? "200 unchanged"
        : status == 200 && body.Contains("\"outcome\":\"applied\"", StringComparison.Ordinal) ? "200 applied"
        : status.ToString(CultureInfo.InvariantCulture);

    private void Learn(InvoiceId id, string? dueDate)
    {
        if (dueDate is not null && DateOnly.TryParseExact(dueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            knownDueDates.AddOrUpdate(id, due, (_, known) => due > known ? due : known);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
