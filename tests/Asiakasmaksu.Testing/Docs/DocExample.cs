namespace Asiakasmaksu.Testing.Docs;

/// <summary>
/// A fenced code block of a page in <c>docs/</c> that a test runs: marked on the line before its
/// fence with <c>&lt;!-- example: NAME [ARGUMENT] --&gt;</c>.
/// </summary>
/// <param name="Page">The page, e.g. <c>simulate.md</c>.</param>
/// <param name="Name">The marker's name, e.g. <c>simulate.invoices-json</c>.</param>
/// <param name="Argument">What follows the name in the marker (e.g. an answer's status), or null.</param>
/// <param name="Info">The fence's info string (<c>json</c>, <c>sh</c>, …).</param>
/// <param name="Text">The block's text, without the fences.</param>
/// <param name="Line">The 1-based line of the opening fence, for messages.</param>
public sealed record DocExample(string Page, string Name, string? Argument, string Info, string Text, int Line)
{
    /// <summary>Where it is, for assertion messages.</summary>
    public override string ToString() => $"{Path.GetRelativePath(DocPages.RepositoryRoot, Path.Combine(DocPages.RepositoryRoot, "docs", Page)).Replace('\\', '/')}:{Line} ({Name})";
}
