namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// What is asked of a ceiling account (one holder's maksukatto of one year): a closed hierarchy.
/// <paramref name="On"/> is the business day (Europe/Helsinki) it is decided on.
/// </summary>
/// <param name="On">The business day.</param>
public abstract record CeilingCommand(DateOnly On)
{
    /// <summary>Charge newly billed lines; a line already charged with the same content is skipped (idempotent).</summary>
    public sealed record ChargeLines(DateOnly On, ValueList<CeilingLine> Lines) : CeilingCommand(On);

    /// <summary>Cancel lines (the invoice or line was cancelled or credited); the year is recomputed.</summary>
    public sealed record CancelLines(DateOnly On, ValueList<string> LineKeys) : CeilingCommand(On);

    /// <summary>Replace a charged line by its corrected version (same key); the year is recomputed.</summary>
    public sealed record CorrectLine(DateOnly On, CeilingLine Corrected) : CeilingCommand(On);
}
