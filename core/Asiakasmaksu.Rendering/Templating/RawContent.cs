namespace Asiakasmaksu.Rendering.Templating;

/// <summary>Output already rendered (and so already escaped): a template part or the body in the layout.</summary>
/// <param name="Text">The rendered text.</param>
internal sealed record RawContent(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
