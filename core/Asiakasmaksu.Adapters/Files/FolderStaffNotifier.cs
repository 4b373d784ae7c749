using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Deferrals;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// The local stand-in for staff email: appends one JSON line per notification to
/// <c>notifications.jsonl</c> in a folder (ids, dates and statuses only; no client personal data).
/// </summary>
public sealed class FolderStaffNotifier(string folder) : IStaffNotifier
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <inheritdoc/>
    public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken) =>
        AppendAsync("approvers", $"Deferral request {request.Id} for invoice {request.InvoiceId} to {Iso(request.NewDueDate)} waits for a supervisor until {Iso(request.ExpiresOn)}.", request, cancellationToken);

    /// <inheritdoc/>
    public Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken) =>
        AppendAsync(request.Requester.StaffId, $"Your deferral request {request.Id} for invoice {request.InvoiceId} was {request.Status}.", request, cancellationToken);

    private async Task AppendAsync(string to, string message, DeferralRequest request, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["to"] = to,
            ["message"] = message,
            ["requestId"] = request.Id,
            ["invoiceId"] = request.InvoiceId.Value,
            ["status"] = request.Status,
        });
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(folder);
            await File.AppendAllTextAsync(Path.Combine(folder, "notifications.jsonl"), line + "\n", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
