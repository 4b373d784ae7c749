using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>
/// After the load: concurrent decisions (issue 17.3). A team member asks a deferral beyond their
/// authority on each of some invoices; then a supervisor, a second supervisor and a director decide
/// each request at the same instant, half approving and half rejecting. Exactly one decision per
/// request may win (202), the others get 409; once the winners are carried out (as the approval
/// workflow does), the invoice and the request agree: approved exactly when the invoice carries the
/// asked due date.
/// </summary>
internal static class DecisionRace
{
    private static readonly (string Key, bool Approve)[] Deciders =
        [(StaffKeys.Supervisor, true), (StaffKeys.Supervisor2, false), (StaffKeys.Director, true)];

    /// <summary>Races the decisions on up to <paramref name="count"/> invoices; returns what it saw and every disagreement.</summary>
    public static async Task<DecisionRaceResult> RunAsync(LoopbackStaffApi api, HttpClient http, IReadOnlyList<InvoiceId> invoices, int count)
    {
        var problems = new List<string>();
        var requests = new List<(InvoiceId Id, string RequestId, DateOnly NewDueDate)>();
        foreach (var id in invoices.Take(count))
        {
            var (status, body) = await SendAsync(http, StaffKeys.Team, HttpMethod.Get, $"/api/invoices/{id}", null);
            if (status != 200)
            {
                problems.Add($"{id}: read {status}");
                continue;
            }

            var due = DateOnly.ParseExact(Json(body).GetProperty("dueDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var newDueDate = due.AddMonths(4);
            (status, body) = await SendAsync(http, StaffKeys.Team, HttpMethod.Post, $"/api/invoices/{id}/deferral-requests", $$"""{"newDueDate":"{{newDueDate:yyyy-MM-dd}}","reason":"load test"}""");
            if (status == 202)
            {
                requests.Add((id, Json(body).GetProperty("requestId").GetString()!, newDueDate));
            }
        }

        var (won, lost, serverErrors) = (0, 0, 0);
        var approvals = api.Services.GetRequiredService<DeferralApprovals>();
        foreach (var (id, requestId, newDueDate) in requests)
        {
            var answers = await Task.WhenAll(Deciders.Select(d => Task.Run(() =>
                SendAsync(http, d.Key, HttpMethod.Post, $"/api/deferral-requests/{requestId}/decision", $$"""{"approve":{{(d.Approve ? "true" : "false")}},"note":"load test"}"""))));
            won += answers.Count(a => a.Status == 202);
            lost += answers.Count(a => a.Status == 409);
            serverErrors += answers.Count(a => a.Status is >= 500 or 0);
            if (answers.Count(a => a.Status == 202) != 1)
            {
                problems.Add($"{requestId}: {answers.Count(a => a.Status == 202)} decisions won");
                continue;
            }

            foreach (var (request, _) in api.Workflows.Decisions.Where(d => d.Request.Id == requestId))
            {
                await approvals.CarryOutAsync(request, CancellationToken.None);
            }

            var decided = await approvals.GetAsync(requestId, CancellationToken.None);
            var invoice = await api.Invoices.LoadAsync(id, CancellationToken.None);
            var deferred = invoice?.State.Stage.DueDate == newDueDate;
            if (decided is null || (decided.Status == "approved") != deferred)
            {
                problems.Add($"{requestId}: the request is {decided?.Status} but the invoice is {(deferred ? string.Empty : "not ")}deferred");
            }
        }

        return new DecisionRaceResult(requests.Count, won, lost, serverErrors, problems);
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient http, string key, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        try
        {
            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return (0, string.Empty);
        }
    }

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();
}

/// <summary>What the decision race saw.</summary>
/// <param name="Requests">Deferral requests raced on.</param>
/// <param name="Won">Decisions answered 202 (one per request when nothing is wrong).</param>
/// <param name="Lost">Decisions answered 409.</param>
/// <param name="ServerErrors">5xx or transport errors.</param>
/// <param name="Problems">Every request where more or less than one decision won, or request and invoice disagree.</param>
internal sealed record DecisionRaceResult(int Requests, int Won, int Lost, int ServerErrors, IReadOnlyList<string> Problems);
