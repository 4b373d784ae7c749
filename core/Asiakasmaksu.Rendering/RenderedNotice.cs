namespace Asiakasmaksu.Rendering;

/// <summary>A notice rendered for email: subject, plain text and HTML, in the notice's language.</summary>
/// <param name="Subject">The subject line (the notice's title, date and issuer; no personal data).</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The HTML body (a complete document, every value escaped).</param>
public sealed record RenderedNotice(string Subject, string Text, string Html);
