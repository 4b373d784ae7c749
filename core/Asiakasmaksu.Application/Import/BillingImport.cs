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

    /// <summary>How far a line's dates may stray before it is rejected or warned about (docs/billing-file.md, "Dates").</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>Now, by the import's clock.</summary>
    internal DateTimeOffset Now() => clock.GetUtcNow();

    /// <summary>
    /// Imports <paramref name="content"/> (the file called <paramref name="fileName"/>), sending each
    /// rejected line to <paramref name="rejections"/> and the invoices of each stored chunk to
    /// <paramref name="imported"/> (when given). Throws <see cref="BillingFileFormatException"/>
    /// when the file is not a billing file at all; nothing is written then.
    /// </summary>
    public async Task<ImportReport> RunAsync(string fileName, Stream content, IRejectionSink rejections, IImportedInvoiceSink? imported, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var slice = await RunSliceAsync(content, ImportWindow.Whole, rejections, imported, progress, ct).ConfigureAwait(false);
        return slice.Counts.Report(fileName, slice.ImportId, slice.UnknownColumns);
    }

    /// <summary>
    /// Imports the slice <paramref name="window"/> of <paramref name="content"/>: reads and checks the
    /// whole file, charges its ceiling lines, then creates the window's invoices only
    /// (<see cref="ImportWindow"/>). The rows of the error report go to <paramref name="rejections"/>:
    /// the first slice's hold what reading and the ceiling pass found, then, as every slice's, its
    /// chunks' rows in order; so the slices' rows one after another are the rows of one whole run.
    /// Throws <see cref="BillingFileFormatException"/> when the file is not a billing file at all and
    /// <see cref="BillingFileChangedException"/> when its content is not the expected one; nothing is
    /// written then.
    /// </summary>
    public async Task<ImportSliceReport> RunSliceAsync(Stream content, ImportWindow window, IRejectionSink rejections, IImportedInvoiceSink? imported, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(rejections);
        var fileTally = new ImportTally(window.IsFirst ? rejections : NoRejections.Instance);
        var tally = new ImportTally(rejections);
        using var hashing = new HashingStream(content);
        using var spool = new LineSpool(MaxLinesInMemory);
        var reductions = await FeeReductionPrices.LoadAsync(feeReductions, ct).ConfigureAwait(false);
        var (header, invoices) = await ReadAsync(hashing, spool, reductions, fileTally, BusinessTime.DateOf(window.RecordedAt ?? clock.GetUtcNow()), progress, ct).ConfigureAwait(false);
        await hashing.ReadToEndAsync(ct).ConfigureAwait(false);
        var importId = hashing.HashHex();
        if (window.ExpectedImportId is { } expected && expected != importId)
        {
            throw new BillingFileChangedException();
        }

        var recordedAt = window.RecordedAt ?? clock.GetUtcNow();
        var run = new Run(importId, recordedAt, BusinessTime.DateOf(recordedAt), new ImportCharges(reductions), fileTally, tally, invoices, window, imported, progress);
        var next = await CreateAsync(spool, run, ct).ConfigureAwait(false);
        var counts = window.IsFirst ? fileTally.Counts.Plus(tally.Counts) : tally.Counts;
        return new ImportSliceReport(importId, counts, header.UnknownColumns, next, recordedAt);
    }

    private async Task<(BillingFileHeader Header, int Invoices)> ReadAsync(Stream content, LineSpool spool, FeeReductionPrices? reductions, ImportTally tally, DateOnly importDay, IProgress<ImportProgress>? progress, CancellationToken ct)
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

            var (wrongDate, dateWarning) = LineDates.Check(line, importDay, Limits);
            if (wrongDate is not null)
            {
                await tally.RejectAsync(wrongDate, ct).ConfigureAwait(false);
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

            if (dateWarning is not null)
            {
                await tally.WarnAsync(dateWarning, ct).ConfigureAwait(false);
            }

            reductions?.Add(line);
            spool.Add(last.Id.Value, line);
        }

        progress?.Report(new ImportProgress("reading", tally.Lines, null));
        return (reader.Header, invoices.Count);
    }

    /// <summary>
    /// Charges the ceiling lines, then creates the window's invoices chunk by chunk; returns where the
    /// next slice starts (the last invoice id handled), or null when no invoice is left.
    /// </summary>
    private async Task<string?> CreateAsync(LineSpool spool, Run run, CancellationToken ct)
    {
        var resolver = new OutcomeResolver(store, assembler, run.Tally);
        var inFlight = new Queue<InFlight>();
        var chunk = new Chunk();
        await ceiling.ChargeAsync(spool.Groups().Select(g => InvoiceAssembler.Split(g.Lines).Kept).Where(k => k.Count > 0), MaxLinesInMemory, run.Charges, run.FileTally, run.On, run.RecordedAt, run.Progress, ct).ConfigureAwait(false);
        run.Progress?.Report(new ImportProgress("creating", 0, run.Invoices));
        var handled = 0;
        string? next = null;
        try
        {
            foreach (var (key, lines) in spool.Groups())
            {
                if (run.Window.After is { } after && string.CompareOrdinal(key, after) <= 0)
                {
                    continue; // an earlier slice handled it
                }

                var id = new InvoiceId(key);
                var endsChunk = chunk.Groups.Count == ChunkSize || (chunk.Groups.Count > 0 && InvoiceIdentity.BatchKeyOf(chunk.Groups[0].Id) != InvoiceIdentity.BatchKeyOf(id));
                if (endsChunk && handled >= run.Window.MaxInvoices)
                {
                    next = chunk.Groups[^1].Id.Value;
                    break;
                }

                if (endsChunk)
                {
                    await SendAsync(chunk, run, inFlight, resolver, ct).ConfigureAwait(false);
                    chunk = new Chunk();
                }

                var (kept, rejected, warnings) = InvoiceAssembler.Split(lines);
                chunk.Rows.AddRange(rejected.Select(r => (r, false)));
                chunk.Rows.AddRange((kept.Count > 0 && assembler.ArrivedLate(kept, run.On) is { } late ? [late, .. warnings] : warnings).Select(w => (w, true)));
                chunk.Groups.Add((id, kept));
                handled++;
            }

            if (chunk.Groups.Count > 0)
            {
                await SendAsync(chunk, run, inFlight, resolver, ct).ConfigureAwait(false);
            }

            while (inFlight.Count > 0)
            {
                await ResolveOldestAsync(inFlight, resolver, run, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            // A failed call (a crash in the store, a cancellation) ends the import; let the calls
            // still running finish before the exception leaves, so nothing writes after it.
            await Task.WhenAll(inFlight.Select(f => (Task)f.Outcomes)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return next;
    }

    /// <summary>
    /// Builds the chunk's invoices, each line billed what the ceiling pass charged it (a line the
    /// ceiling refused is left out; it was rejected then) or what a fee-reduction decision prices
    /// it, each numbered by the store (<see cref="IInvoiceStore.AllocateInvoiceNumbersAsync"/>), and
    /// sends them to the store.
    /// </summary>
    private async Task SendAsync(Chunk groups, Run run, Queue<InFlight> inFlight, OutcomeResolver resolver, CancellationToken ct)
    {
        var (charges, tally) = (run.Charges, run.Tally);
        var billed = new List<(InvoiceId Id, List<BillingLine> Kept)>(groups.Groups.Count);
        foreach (var (id, lines) in groups.Groups)
        {
            var kept = lines.Where(l => !charges.IsRefused(l)).ToList();
            if (kept.Count > 0 && InvoiceAssembler.IsChargeable(kept, charges))
            {
                billed.Add((id, kept));
                continue;
            }

            if (kept.Count > 0)
            {
                tally.FreeOfCharge(kept.Count);
            }

            tally.InvoiceHandled();
        }

        // Numbers are allocated before the invoices are built (the invoice notice prints them), per
        // chunk, idempotently by invoice id: a rerun or a racing import gets the same numbers.
        var numbers = billed.Count == 0 ? [] : await store.AllocateInvoiceNumbersAsync([.. billed.Select(b => b.Id)], ct).ConfigureAwait(false);
        var chunk = new List<PendingInvoice>(billed.Count);
        for (var i = 0; i < billed.Count; i++)
        {
            chunk.Add(assembler.Build(billed[i].Id, billed[i].Kept, run.ImportId, run.RecordedAt, charges, numbers[i])
                ?? throw new InvalidOperationException("An invoice whose lines cost something was not built."));
        }

        // A chunk of free invoices only still queues its report rows, so that they come out in order.
        inFlight.Enqueue(new InFlight(chunk, groups.Rows, chunk.Count == 0 ? Task.FromResult<IReadOnlyList<CreateOutcome>>([]) : store.CreateAsync([.. chunk.Select(p => p.Invoice)], ct)));
        if (inFlight.Count >= Parallelism)
        {
            await ResolveOldestAsync(inFlight, resolver, run, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Outcomes are handled in the order chunks were sent, each chunk's invoice-level rows first,
    /// so the report and the rejections come out the same every run, and the same whether the file
    /// is imported in one run or in slices; then the chunk's stored invoices are handed on.
    /// </summary>
    private async Task ResolveOldestAsync(Queue<InFlight> inFlight, OutcomeResolver resolver, Run run, CancellationToken ct)
    {
        var (chunk, rows, task) = inFlight.Peek();
        foreach (var (row, warning) in rows)
        {
            await (warning ? run.Tally.WarnAsync(row, ct) : run.Tally.RejectAsync(row, ct)).ConfigureAwait(false);
        }

        rows.Clear();
        var outcomes = await task.ConfigureAwait(false);
        inFlight.Dequeue();
        if (outcomes.Count != chunk.Count)
        {
            throw new InvalidOperationException($"The store answered {outcomes.Count} outcomes for {chunk.Count} invoices.");
        }

        for (var i = 0; i < chunk.Count; i++)
        {
            await resolver.ResolveAsync(chunk[i], outcomes[i], ct).ConfigureAwait(false);
            run.Tally.InvoiceHandled();
        }

        await ceiling.UnchargeAsync(resolver.TakeRejectedCeilingLines(), run.Charges, run.On, clock.GetUtcNow(), ct).ConfigureAwait(false);
        var stored = run.Tally.TakeStored();
        if (run.Imported is not null && stored.Count > 0)
        {
            await run.Imported.AddAsync(stored, ct).ConfigureAwait(false);
        }

        run.Progress?.Report(new ImportProgress("creating", run.Tally.InvoicesHandled, run.Invoices));
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

    /// <summary>What every step of one import run shares.</summary>
    /// <param name="ImportId">The file's content hash.</param>
    /// <param name="RecordedAt">When the invoices are recorded (read once per run).</param>
    /// <param name="On">The Helsinki business day of <paramref name="RecordedAt"/>.</param>
    /// <param name="Charges">What the ceiling pass and the fee-reduction decisions bill the lines.</param>
    /// <param name="FileTally">The counts and rejections of reading and the ceiling pass (kept by the first slice only).</param>
    /// <param name="Tally">The counts and rejections of the window's invoices.</param>
    /// <param name="Invoices">Distinct invoices read (for progress).</param>
    /// <param name="Window">Which invoices this run creates.</param>
    /// <param name="Imported">Where stored invoices are handed on, if anywhere.</param>
    /// <param name="Progress">Progress, if anyone listens.</param>
    private sealed record Run(string ImportId, DateTimeOffset RecordedAt, DateOnly On, ImportCharges Charges, ImportTally FileTally, ImportTally Tally, int Invoices, ImportWindow Window, IImportedInvoiceSink? Imported, IProgress<ImportProgress>? Progress);

    /// <summary>A chunk being gathered: its invoices' kept lines and their invoice-level report rows (a warning or a rejection).</summary>
    private sealed class Chunk
    {
        public List<(InvoiceId Id, List<BillingLine> Lines)> Groups { get; } = new(ChunkSize);

        public List<(LineRejection Row, bool Warning)> Rows { get; } = [];
    }

    /// <summary>A chunk sent to the store and not yet resolved, with its invoice-level report rows.</summary>
    private sealed record InFlight(List<PendingInvoice> Chunk, List<(LineRejection Row, bool Warning)> Rows, Task<IReadOnlyList<CreateOutcome>> Outcomes);
}
