using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Imports a billing file (docs/billing-file.md): reads it as a stream, checks every line,
/// groups the good lines by invoice (batch_id, client_id) in bounded memory, applies the
/// invoice-level rules and creates the invoices through the store in chunks of
/// <see cref="ChunkSize"/> of one partition, <see cref="Parallelism"/> chunks at a time.
/// Ceiling lines are billed what their annual ceiling account charges (<see cref="ImportCeiling"/>);
/// other lines what the client's fee-reduction decisions leave of them (<see cref="FeeReductionPrices"/>).
/// The import id is the SHA-256 of the file's bytes, so importing the same file again, or again
/// after a crash part-way, ends with exactly the invoices of one clean run.
/// </summary>
public sealed class BillingImport(IInvoiceStore store, InvoiceRules rules, TimeProvider clock, ICeilingStore ceilings, IOutboxStore outbox, IFeeReductionStore? feeReductions = null)
{
    /// <summary>
    /// Invoices per store call (all of one batch, which is the storage partition). Large, because a
    /// call spreads its index rows over the hash buckets and outbox shards (docs/storage.md): with
    /// 100 invoices most of those transactions held one or two rows, with 1 000 they hold about 15
    /// (Azurite benchmark: ~0.35 of raw batched throughput at 100, ~0.6–0.7 at 1 000).
    /// </summary>
    public const int ChunkSize = 1000;

    /// <summary>Store calls in flight at once (each sends several transactions at once itself; two keep memory low).</summary>
    public const int Parallelism = 2;

    private const int ProgressEvery = 5_000;

    private readonly InvoiceAssembler assembler = new(rules);
    private readonly ImportCeiling ceiling = new(new CeilingAccounts(ceilings, rules.Tariffs), new CeilingNoticeWriter(outbox, rules.Tariffs));

    /// <summary>Lines a spool (the invoices', the ceiling pass's) sorts in memory before it writes a sorted run to a temporary file (tests set it low).</summary>
    internal int MaxLinesInMemory { get; init; } = 50_000;

    /// <summary>
    /// Imports <paramref name="content"/> (the file called <paramref name="fileName"/>), sending each
    /// rejected line to <paramref name="rejections"/>. Throws <see cref="BillingFileFormatException"/>
    /// when the file is not a billing file at all; nothing is written then.
    /// </summary>
    public async Task<ImportReport> RunAsync(string fileName, Stream content, IRejectionSink rejections, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rejections);
        var tally = new ImportTally(rejections);
        using var hashing = new HashingStream(content);
        using var spool = new LineSpool(MaxLinesInMemory);
        var reductions = await FeeReductionPrices.LoadAsync(feeReductions, ct).ConfigureAwait(false);
        var (header, invoices) = await ReadAsync(hashing, spool, reductions, tally, progress, ct).ConfigureAwait(false);
        await hashing.ReadToEndAsync(ct).ConfigureAwait(false);
        var importId = hashing.HashHex();
        await CreateAsync(spool, importId, invoices, new ImportCharges(reductions), tally, progress, ct).ConfigureAwait(false);
        return tally.Report(fileName, importId, header.UnknownColumns);
    }

    private async Task<(BillingFileHeader Header, int Invoices)> ReadAsync(Stream content, LineSpool spool, FeeReductionPrices? reductions, ImportTally tally, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var reader = await BillingFileReader.OpenAsync(content, ct).ConfigureAwait(false);
        var lineIds = new LineIdIndex();
        var invoices = new HashSet<ulong>();
        (string Batch, string Client, InvoiceId Id) last = (string.Empty, string.Empty, default);
        await foreach (var record in reader.RecordsAsync(ct).ConfigureAwait(false))
        {
            tally.LineRead();
            if (tally.Lines % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress("reading", tally.Lines, null));
            }

            if (record is BillingRecord.Rejected rejected)
            {
                await tally.RejectAsync(rejected.Rejection, ct).ConfigureAwait(false);
                continue;
            }

            var line = ((BillingRecord.Accepted)record).Line;
            if (!rules.Tariffs.Has(line.InvoiceDate.Year))
            {
                await tally.RejectAsync(new LineRejection(line.LineNumber, BillingColumns.InvoiceDate, ImportReasons.NoTariff, line.ClientId), ct).ConfigureAwait(false);
                continue;
            }

            switch (lineIds.Add(line.BatchId, line.LineId, line.ContentHash))
            {
                case LineIdIndex.Use.SameContent:
                    tally.Duplicate();
                    continue;
                case LineIdIndex.Use.OtherContent:
                    await tally.RejectAsync(new LineRejection(line.LineNumber, BillingColumns.LineId, ImportReasons.LineIdReusedInFile, line.ClientId), ct).ConfigureAwait(false);
                    continue;
            }

            if (line.BatchId != last.Batch || line.ClientId != last.Client)
            {
                last = (line.BatchId, line.ClientId, InvoiceIdentity.For(line.BatchId, line.ClientId));
                invoices.Add(Fnv1a(last.Id.Value));
            }

            reductions?.Add(line);
            spool.Add(last.Id.Value, line);
        }

        progress?.Report(new ImportProgress("reading", tally.Lines, null));
        return (reader.Header, invoices.Count);
    }

    private async Task CreateAsync(LineSpool spool, string importId, int invoices, ImportCharges charges, ImportTally tally, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var resolver = new OutcomeResolver(store, assembler, tally);
        var inFlight = new Queue<InFlight>();
        var chunk = new List<(InvoiceId Id, List<BillingLine> Lines)>(ChunkSize);
        var recordedAt = clock.GetUtcNow();
        var on = BusinessTime.DateOf(recordedAt);
        await ceiling.ChargeAsync(spool.Groups().Select(g => InvoiceAssembler.SplitByInvoiceDate(g.Lines).Kept), MaxLinesInMemory, charges, tally, on, recordedAt, progress, ct).ConfigureAwait(false);
        progress?.Report(new ImportProgress("creating", 0, invoices));
        try
        {
            foreach (var (key, lines) in spool.Groups())
            {
                var id = new InvoiceId(key);
                var (kept, rejected) = InvoiceAssembler.SplitByInvoiceDate(lines);
                foreach (var rejection in rejected)
                {
                    await tally.RejectAsync(rejection, ct).ConfigureAwait(false);
                }

                if (chunk.Count == ChunkSize || (chunk.Count > 0 && InvoiceIdentity.BatchKeyOf(chunk[0].Id) != InvoiceIdentity.BatchKeyOf(id)))
                {
                    await SendAsync(chunk, importId, recordedAt, on, charges, inFlight, resolver, tally, invoices, progress, ct).ConfigureAwait(false);
                    chunk = new List<(InvoiceId, List<BillingLine>)>(ChunkSize);
                }

                chunk.Add((id, kept));
            }

            if (chunk.Count > 0)
            {
                await SendAsync(chunk, importId, recordedAt, on, charges, inFlight, resolver, tally, invoices, progress, ct).ConfigureAwait(false);
            }

            while (inFlight.Count > 0)
            {
                await ResolveOldestAsync(inFlight, resolver, tally, on, charges, invoices, progress, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            // A failed call (a crash in the store, a cancellation) ends the import; let the calls
            // still running finish before the exception leaves, so nothing writes after it.
            await Task.WhenAll(inFlight.Select(f => (Task)f.Outcomes)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Builds the chunk's invoices, each line billed what the ceiling pass charged it (a line the
    /// ceiling refused is left out; it was rejected then) or what a fee-reduction decision prices
    /// it, and sends them to the store.
    /// </summary>
    private async Task SendAsync(List<(InvoiceId Id, List<BillingLine> Lines)> groups, string importId, DateTimeOffset recordedAt, DateOnly on, ImportCharges charges, Queue<InFlight> inFlight, OutcomeResolver resolver, ImportTally tally, int invoices, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var chunk = new List<PendingInvoice>(groups.Count);
        foreach (var (id, lines) in groups)
        {
            var kept = lines.Where(l => !charges.IsRefused(l)).ToList();
            if (kept.Count == 0)
            {
                tally.InvoiceHandled();
            }
            else if (assembler.Build(id, kept, importId, recordedAt, charges) is { } pending)
            {
                chunk.Add(pending);
            }
            else
            {
                tally.FreeOfCharge(kept.Count);
                tally.InvoiceHandled();
            }
        }

        if (chunk.Count == 0)
        {
            return;
        }

        inFlight.Enqueue(new InFlight(chunk, store.CreateAsync([.. chunk.Select(p => p.Invoice)], ct)));
        if (inFlight.Count >= Parallelism)
        {
            await ResolveOldestAsync(inFlight, resolver, tally, on, charges, invoices, progress, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Outcomes are handled in the order chunks were sent, so the report and the rejections come out the same every run.</summary>
    private async Task ResolveOldestAsync(Queue<InFlight> inFlight, OutcomeResolver resolver, ImportTally tally, DateOnly on, ImportCharges charges, int invoices, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var (chunk, task) = inFlight.Peek();
        var outcomes = await task.ConfigureAwait(false);
        inFlight.Dequeue();
        if (outcomes.Count != chunk.Count)
        {
            throw new InvalidOperationException($"The store answered {outcomes.Count} outcomes for {chunk.Count} invoices.");
        }

        for (var i = 0; i < chunk.Count; i++)
        {
            await resolver.ResolveAsync(chunk[i], outcomes[i], ct).ConfigureAwait(false);
            tally.InvoiceHandled();
        }

        await ceiling.UnchargeAsync(resolver.TakeRejectedCeilingLines(), charges, on, clock.GetUtcNow(), ct).ConfigureAwait(false);
        progress?.Report(new ImportProgress("creating", tally.InvoicesHandled, invoices));
    }

    /// <summary>A 64-bit FNV-1a hash, only to count distinct invoices for progress (a collision just shows one fewer).</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>A chunk sent to the store and not yet resolved.</summary>
    private sealed record InFlight(List<PendingInvoice> Chunk, Task<IReadOnlyList<CreateOutcome>> Outcomes);
}
