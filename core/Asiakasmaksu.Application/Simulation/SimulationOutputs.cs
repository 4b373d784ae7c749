using System.Text.Json;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>Writes a simulation's outputs (docs/simulate.md): invoices.json, notices.json and rejected-events.json.</summary>
internal static class SimulationOutputs
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Every invoice, ordered by batch and client; returns how many there are by status.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> WriteInvoicesAsync(string path, IInvoiceStore store, CancellationToken cancellationToken)
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
            InvoiceJson.Write(w, stored);
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

    /// <summary>The delivered notices in delivery order; <c>file</c> is relative to the notices folder.</summary>
    public static async Task WriteNoticesAsync(string path, string noticesFolder, IReadOnlyList<(DateOnly Day, DispatchedNotice Sent)> notices, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await using var w = new Utf8JsonWriter(file, Indented);
        w.WriteStartArray();
        foreach (var (day, sent) in notices)
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
            w.WriteString("file", RelativeFile(noticesFolder, sent.Delivery.Location));
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
    public static async Task WriteRejectedEventsAsync(string path, IReadOnlyList<(SimulationEvent Event, string Reason)> rejected, CancellationToken cancellationToken)
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

    private static string RelativeFile(string noticesFolder, string location) =>
        Path.IsPathRooted(location) ? Path.GetRelativePath(noticesFolder, location).Replace('\\', '/') : location;
}
