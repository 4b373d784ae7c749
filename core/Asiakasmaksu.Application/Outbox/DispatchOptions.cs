namespace Asiakasmaksu.Application.Outbox;

/// <summary>How the outbox is delivered.</summary>
/// <param name="MaxPerPass">Notices per pass at most.</param>
/// <param name="Parallelism">Notices rendered and sent at once.</param>
/// <param name="LetterFormat">Printable letters as PDF (default) or HTML.</param>
/// <param name="ArchiveRendered">Also keep the HTML of emailed notices in the archive.</param>
/// <param name="MaxRetryMinutes">The longest pause between attempts.</param>
public sealed record DispatchOptions(int MaxPerPass = 1000, int Parallelism = 4, LetterFormat LetterFormat = LetterFormat.Pdf, bool ArchiveRendered = true, double MaxRetryMinutes = 240);
