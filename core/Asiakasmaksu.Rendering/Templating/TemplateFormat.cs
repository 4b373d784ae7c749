namespace Asiakasmaksu.Rendering.Templating;

/// <summary>The two kinds of template: the letter markup (plain text and PDF are made from it) and HTML.</summary>
internal enum TemplateFormat
{
    /// <summary><c>Templates/Text/*.sbn-txt</c>: light line markup (see <see cref="Letters.LetterMarkup"/>).</summary>
    Text,

    /// <summary><c>Templates/Html/*.sbn-html</c>: HTML, every value escaped.</summary>
    Html,
}
