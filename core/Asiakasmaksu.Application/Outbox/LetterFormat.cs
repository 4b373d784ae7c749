namespace Asiakasmaksu.Application.Outbox;

/// <summary>How printable letters are stored.</summary>
public enum LetterFormat
{
    /// <summary>A PDF ready for printing.</summary>
    Pdf,

    /// <summary>Self-contained HTML (faster; for simulations).</summary>
    Html,
}
