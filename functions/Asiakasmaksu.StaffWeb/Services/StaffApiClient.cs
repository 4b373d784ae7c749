using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// Calls the staff API on the app's own origin with the signed-in key, reading and writing the contract's
/// records (<see cref="StaffApiJson"/>). Every change sends an <c>Idempotency-Key</c> the caller keeps for
/// retries of the same change, and <c>If-Match</c> with the version the person saw.
/// </summary>
public sealed partial class StaffApiClient(HttpClient http, Session session)
{
    /// <summary>
    /// The status of a call that got no answer the app can read: the network failed, or the platform
    /// sent the call to sign in. In Azure an expired Static Web Apps session answers an API call by
    /// redirecting it to the identity provider, which a browser's fetch cannot follow (the fetch
    /// fails), or which ends on a page that is not the API's JSON. The pages say so and offer to sign
    /// in again (<c>Shared/ApiProblem.razor</c>).
    /// </summary>
    public const int NoAnswer = 0;

    private static readonly StaffApiJson Json = StaffApiJson.Default;

    /// <summary>The keys the local host offers to sign in with.</summary>
    public async Task<IReadOnlyList<SignInChoice>> SignInChoicesAsync()
    {
        try
        {
            return await http.GetFromJsonAsync("local/sign-in", AppJson.Default.SignInChoiceArray) ?? [];
        }
        catch (HttpRequestException)
        {
            return [];
        }
    }

    /// <summary>Who the key belongs to, and today's date on the host's business clock.</summary>
    public Task<ApiResult<StaffMember>> MeAsync() => GetAsync("api/me", Json.StaffMember);

    /// <summary>
    /// Clients and invoices matching <paramref name="q"/> (client id, name, reference, invoice id or
    /// number, henkilötunnus). Sent by POST, never in a URL: what a person types may be a henkilötunnus,
    /// and URLs end up in access logs (the API refuses one in a query string).
    /// </summary>
    public async Task<ApiResult<Page<SearchHitView>>> SearchAsync(string q)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/search?limit=50") { Content = JsonContent.Create(new SearchBody(q), Json.SearchBody) };
        return await SendAsync(request, Json.PageSearchHitView);
    }

    /// <summary>A page of the imported billing files, with their counts.</summary>
    public Task<ApiResult<Page<ImportedFileView>>> BillingFilesAsync(string? continuation = null) =>
        GetAsync($"api/billing-files?limit=50{Continue(continuation)}", Json.PageImportedFileView);

    /// <summary>A page of the applied bank payment files, with their counts.</summary>
    public Task<ApiResult<Page<ImportedFileView>>> PaymentFilesAsync(string? continuation = null) =>
        GetAsync($"api/payment-files?limit=50{Continue(continuation)}", Json.PageImportedFileView);

    /// <summary>The rejected lines of a billing file as CSV (line, column, reason), read with the signed-in key.</summary>
    public Task<ApiResult<string>> RejectedLinesCsvAsync(string fileId) =>
        ReadFileAsync($"api/billing-files/{Uri.EscapeDataString(fileId)}/rejected-lines", async content => await content.ReadAsStringAsync());

    /// <summary>Open invoices that reach enforcement within <paramref name="days"/> days.</summary>
    public Task<ApiResult<Page<QueuedInvoice>>> ReachingEnforcementAsync(int days) =>
        GetAsync($"api/work/enforcement?days={days}&limit=100", Json.PageQueuedInvoice);

    /// <summary>Invoices with a pending rectification claim.</summary>
    public Task<ApiResult<Page<QueuedInvoice>>> PendingClaimsAsync() =>
        GetAsync("api/work/rectification-claims?limit=100", Json.PageQueuedInvoice);

    /// <summary>An invoice with its timeline; the ETag carries its version.</summary>
    public Task<ApiResult<InvoiceDetails>> InvoiceAsync(string invoiceId) =>
        GetAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}", Json.InvoiceDetails);

    /// <summary>A page of a client's invoices.</summary>
    public Task<ApiResult<Page<InvoiceListItem>>> ClientInvoicesAsync(string clientId, string? continuation = null) =>
        GetAsync($"api/clients/{Uri.EscapeDataString(clientId)}/invoices?limit=100{Continue(continuation)}", Json.PageInvoiceListItem);

    /// <summary>A client's payment ceiling account of a year.</summary>
    public Task<ApiResult<CeilingAccountView>> CeilingAsync(string clientId, int year) =>
        GetAsync($"api/clients/{Uri.EscapeDataString(clientId)}/ceiling?year={year}", Json.CeilingAccountView);

    /// <summary>A client's fee-reduction decisions (734/1992 11 §), oldest first.</summary>
    public Task<ApiResult<Page<FeeReductionDecisionView>>> FeeReductionsAsync(string clientId) =>
        GetAsync($"api/clients/{Uri.EscapeDataString(clientId)}/fee-reductions?limit=100", Json.PageFeeReductionDecisionView);

    /// <summary>Deferral requests with a status (pending, approved, rejected, expired).</summary>
    public Task<ApiResult<Page<DeferralRequestView>>> DeferralRequestsAsync(string status) =>
        GetAsync($"api/deferral-requests?status={status}", Json.PageDeferralRequestView);

    /// <summary>Bank payments no invoice took.</summary>
    public Task<ApiResult<Page<UnmatchedPaymentView>>> UnmatchedPaymentsAsync(string status) =>
        GetAsync($"api/payments/unmatched?status={status}", Json.PageUnmatchedPaymentView);

    /// <summary>A page of the audit trail, filtered.</summary>
    public Task<ApiResult<Page<AuditRecordView>>> AuditAsync(string? invoiceId, string? clientId, DateOnly? from, DateOnly? to, string? continuation)
    {
        var query = new List<string> { "limit=50" };
        Add(query, "invoiceId", invoiceId);
        Add(query, "clientId", clientId);
        Add(query, "from", from?.ToString("yyyy-MM-dd"));
        Add(query, "to", to?.ToString("yyyy-MM-dd"));
        Add(query, "continuation", continuation);
        return GetAsync($"api/audit?{string.Join('&', query)}", Json.PageAuditRecordView);
    }

    /// <summary>Moves the due date, if the invoice is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ChangeAnswer>> DeferAsync(string invoiceId, DeferralBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/deferrals", body, Json.DeferralBody, Json.ChangeAnswer, idempotencyKey, version);

    /// <summary>Asks a supervisor for a deferral beyond the role's limit.</summary>
    /// <remarks>The request changes no invoice (a supervisor's decision does), so it carries no If-Match.</remarks>
    public Task<ApiResult<DeferralRequestView>> RequestDeferralAsync(string invoiceId, DeferralBody body, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/deferral-requests", body, Json.DeferralBody, Json.DeferralRequestView, idempotencyKey, null);

    /// <summary>Approves or rejects a deferral request.</summary>
    public Task<ApiResult<DeferralRequestView>> DecideDeferralAsync(string requestId, DeferralDecisionBody body, string idempotencyKey) =>
        PostAsync($"api/deferral-requests/{Uri.EscapeDataString(requestId)}/decision", body, Json.DeferralDecisionBody, Json.DeferralRequestView, idempotencyKey, null);

    /// <summary>Records a payment, if the invoice is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ChangeAnswer>> PayAsync(string invoiceId, PaymentBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/payments", body, Json.PaymentBody, Json.ChangeAnswer, idempotencyKey, version);

    /// <summary>The notices the invoice's events sent, with how and when each went out.</summary>
    public Task<ApiResult<InvoiceNotices>> InvoiceNoticesAsync(string invoiceId) =>
        GetAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/notices", Json.InvoiceNotices);

    /// <summary>A notice's rendered file (PDF letter, email HTML or .eml, Finvoice XML) with its media type, read with the signed-in key.</summary>
    public Task<ApiResult<FileContent>> NoticeFileAsync(string invoiceId, string noticeId) =>
        ReadFileAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/notices/{Uri.EscapeDataString(noticeId)}/file", async content =>
            new FileContent(await content.ReadAsByteArrayAsync(), content.Headers.ContentType?.ToString() ?? "application/octet-stream"));

    /// <summary>Agrees a payment plan, if the invoice is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ChangeAnswer>> AgreePlanAsync(string invoiceId, PaymentPlanBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/payment-plans", body, Json.PaymentPlanBody, Json.ChangeAnswer, idempotencyKey, version);

    /// <summary>Cancels the invoice (erroneous invoice) or its transfer (erroneous transfer), if it is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ChangeAnswer>> CancelAsync(string invoiceId, CancellationBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/cancellation", body, Json.CancellationBody, Json.ChangeAnswer, idempotencyKey, version);

    /// <summary>Waives collection (a director), if the invoice is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ChangeAnswer>> WaiveAsync(string invoiceId, WaiverBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/waiver", body, Json.WaiverBody, Json.ChangeAnswer, idempotencyKey, version);

    private static string Continue(string? continuation) =>
        continuation is null ? string.Empty : $"&continuation={Uri.EscapeDataString(continuation)}";

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }

    private async Task<ApiResult<T>> GetAsync<T>(string path, JsonTypeInfo<T> answer)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, answer);
    }

    /// <summary>A file the API answers (not JSON), or the problem it gave instead, as any other call's.</summary>
    private async Task<ApiResult<T>> ReadFileAsync<T>(string path, Func<HttpContent, Task<T>> read)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync<T>(request, async content => await read(content));
    }

    private async Task<ApiResult<T>> PostAsync<TBody, T>(string path, TBody body, JsonTypeInfo<TBody> bodyInfo, JsonTypeInfo<T> answer, string idempotencyKey, int? version)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, bodyInfo) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        if (version is { } v)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        }

        return await SendAsync(request, answer);
    }

    private Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> answer)
        where T : class =>
        // Every answer of the API is JSON: anything else is a page the call was redirected to (sign-in).
        SendAsync<T>(request, async content => IsJson(content) ? JsonSerializer.Deserialize(await content.ReadAsStringAsync(), answer) : null);

    /// <summary>Sends <paramref name="request"/> with the signed-in key; a success is what <paramref name="read"/> takes from it (null: no answer the app can read).</summary>
    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, Func<HttpContent, Task<T?>> read)
        where T : class
    {
        if (session.Key is { } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return new ApiResult<T>(NoAnswer, null, null, null);
        }

        using var answered = response;
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.Tag;
        if (response.IsSuccessStatusCode)
        {
            return await read(response.Content) is { } value ? new ApiResult<T>(status, value, null, etag) : new ApiResult<T>(NoAnswer, null, null, null);
        }

        var text = await response.Content.ReadAsStringAsync();
        Problem? problem = null;
        if (text.Length > 0 && IsJson(response.Content))
        {
            try
            {
                problem = JsonSerializer.Deserialize(text, Json.Problem);
            }
            catch (JsonException)
            {
                problem = null;
            }
        }

        return new ApiResult<T>(status, null, problem, etag);
    }

    private static bool IsJson(HttpContent content) =>
        content.Headers.ContentType?.MediaType is { } media && media.EndsWith("json", StringComparison.Ordinal);
}
