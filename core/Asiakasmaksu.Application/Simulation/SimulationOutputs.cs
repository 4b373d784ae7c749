using System.Text.Json;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// Writes a run's outputs (docs/simulate.md): invoices.json, notices.json, rejected-events.json and
/// ceilings.json, for <c>simulate</c> and the durable <c>demo</c> alike.
/// </summary>
public static class SimulationOutputs
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>
    /// Writes the outputs to <paramref name="folder"/>: every invoice in <paramref name="store"/>, the
    /// <paramref name="delivered"/> notices (each with the business day it was delivered), the refused
    /// events and the ceiling accounts; returns how many invoices there are by status and how many free cards.
    /// </summary>
    public static async Task<(IReadOnlyDictionary<string, int> ByStatus, int FreeCards)> WriteAsync(
        string folder,
        IInvoiceStore store,
        ICeilingStore ceilings,
        IReadOnlyList<(DateOnly Day, DispatchedNotice Sent)> delivered,
        IReadOnlyList<(SimulationEvent Event, string Reason)> rejected,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var byStatus = await WriteInvoicesAsync(Path.Combine(folder, "invoices.json"), store, cancellationToken).ConfigureAwait(false);
        await WriteNoticesAsync(Path.Combine(folder, "notices.json"), Path.Combine(folder, "notices"), delivered, cancellationToken).ConfigureAwait(false);
        await WriteRejectedEventsAsync(Path.Combine(folder, "rejected-events.json"), [.. rejected.OrderBy(r => r.Event.LineNumber)], cancellationToken).ConfigureAwait(false);
        var freeCards = await SimulationCeilings.WriteAsync(Path.Combine(folder, "ceilings.json"), ceilings, cancellationToken).ConfigureAwait(false);
        return (byStatus, freeCards);
    }

    /// <summary>Every invoice, ordered by batch and client; returns how many there are by status.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> WriteInvoicesAsync(string path, IInvoiceStore store, CancellationToken cancellationToken)
    {
        var summaries = new List<InvoiceSummary>();
        await foreach (var summary in store.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            summaries.Add(summary);
        }

        summaries.Sort((a, b) => (string.CompareOrdinal(a.BatchId, b.BatchId), string.CompareOrdinal(a.ClientId, b.ClientId)) switch
        {
            (0, var c) => c,
            (var b1, _) => b1,
        });
        var byStatus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var file = File.Create(path);
        await using var w = new Utf8JsonWriter(file, Indented);
        w.WriteStartArray();
        foreach (var summary in summaries)
        {
            var stored = await store.LoadAsync(summary.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Invoice {summary.Id} was listed but cannot be loaded.");
            InvoiceJson.Write(w, stored, invoiceNumber: true);
            byStatus[stored.State.Status] = byStatus.GetValueOrDefault(stored.State.Status) + 1;
            if (w.BytesPending > 1 << 16)
            {
                await w.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        return byStatus;
    }

    /// <summary>
    /// The delivered notices by delivery day, then notice id (the order within a day does not depend
    /// on which of several deliveries at once finished first); <c>file</c> is relative to the notices folder.
    /// </summary>
    private static async Task WriteNoticesAsync(string path, string noticesFolder, IReadOnlyList<(DateOnly Day, DispatchedNotice Sent)> notices, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await using var w = new Utf8JsonWriter(file, Indented);
        w.WriteStartArray();
        foreach (var (day, sent) in notices.OrderBy(n => n.Day).ThenBy(n => n.Sent.Notice.Id, StringComparer.Ordinal))
        {
            var n = sent.Notice;
            w.WriteStartObject();
            w.WriteString("date", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("batchId", n.BatchId);
            w.WriteString("clientId", n.ClientId);
            w.WriteString("kind", n.Kind.Name());
            w.WriteString("language", n.Language.Code());
            w.WriteString("channel", sent.Delivery.Channel);
            w.WriteString("noticeId", n.Id);
            w.WriteString("file", sent.Delivery.Location.Length == 0 ? null : RelativeFile(noticesFolder, sent.Delivery.Location)); // withheld: no file
            w.WriteEndObject();
            if (w.BytesPending > 1 << 16)
            {
                await w.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The refused events: each as it stood in the file, its line and the reason.</summary>
    private static async Task WriteRejectedEventsAsync(string path, IReadOnlyList<(SimulationEvent Event, string Reason)> rejected, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await using var w = new Utf8JsonWriter(file, Indented);
        w.WriteStartArray();
        foreach (var (e, reason) in rejected)
        {
            w.WriteStartObject();
            w.WritePropertyName("event");
            using (var doc = JsonDocument.Parse(e.Json))
            {
                doc.RootElement.WriteTo(w);
            }

            w.WriteNumber("line", e.LineNumber);
            w.WriteString("reason", reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Where a delivered notice is, relative to the notices folder (docs/simulate.md), however the run
    /// was given its output folder (an absolute or a relative path); a location that is not a path
    /// (a URI) is kept as it is.
    /// </summary>
    private static string RelativeFile(string noticesFolder, string location) =>
        location.Contains("://", StringComparison.Ordinal)
            ? location
            : Path.GetRelativePath(Path.GetFullPath(noticesFolder), Path.GetFullPath(location)).Replace('\\', '/');
}
