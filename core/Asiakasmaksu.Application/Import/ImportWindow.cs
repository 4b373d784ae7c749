namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Which of a file's invoices one run of <see cref="BillingImport"/> creates: those whose invoice id
/// comes after <paramref name="After"/> (ordinal; null from the first), chunk after chunk, until at
/// least <paramref name="MaxInvoices"/> invoices are handled and a chunk ends. A slice always ends
/// where a whole-file run ends a chunk, so slices make exactly the chunks one run makes. Every run
/// reads and checks the whole file and charges its ceiling lines (idempotently); only the first
/// slice (<paramref name="After"/> null) reports what reading and the ceiling pass found.
/// </summary>
/// <param name="After">The invoice id of the last invoice an earlier slice handled, or null.</param>
/// <param name="MaxInvoices">Invoices to handle before the slice may end (at the next chunk's end).</param>
/// <param name="RecordedAt">When the invoices are recorded (the first slice's instant, so that every slice imports on the same day), or null for now.</param>
/// <param name="ExpectedImportId">The file's content hash the earlier slices saw, or null: a file whose content changed since is refused before anything is written (<see cref="BillingFileChangedException"/>).</param>
public sealed record ImportWindow(string? After, int MaxInvoices, DateTimeOffset? RecordedAt = null, string? ExpectedImportId = null)
{
    /// <summary>The whole file in one run.</summary>
    public static ImportWindow Whole { get; } = new(null, int.MaxValue);

    /// <summary>True for the first slice (or the whole file): it reports the lines read and the rejections found while reading.</summary>
    public bool IsFirst => After is null;
}
