using System.Collections.Frozen;
using Scriban;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// The embedded Scriban templates, parsed once: <c>Templates/Text/{name}.sbn-txt</c> and
/// <c>Templates/Html/{name}.sbn-html</c>, where name is a notice kind ("invoice", "reminder", …), a
/// part shared by kinds ("_payment", …) or the HTML "_layout". A template that does not parse
/// stops the renderer from being built, with Scriban's message.
/// </summary>
internal static class TemplateSet
{
    private const string Prefix = "Asiakasmaksu.Rendering.Templates.";

    private static readonly FrozenDictionary<(TemplateFormat, string), Template> Templates = Load();

    /// <summary>The template <paramref name="name"/> of <paramref name="format"/>; a missing one throws.</summary>
    public static Template Get(TemplateFormat format, string name) =>
        Templates.TryGetValue((format, name), out var template)
            ? template
            : throw new KeyNotFoundException($"There is no {format} template '{name}'.");

    private static FrozenDictionary<(TemplateFormat, string), Template> Load()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var templates = new Dictionary<(TemplateFormat, string), Template>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var format = resource.EndsWith(".sbn-txt", StringComparison.Ordinal) ? TemplateFormat.Text
                : resource.EndsWith(".sbn-html", StringComparison.Ordinal) ? TemplateFormat.Html
                : (TemplateFormat?)null;
            if (format is not { } f || !resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var file = resource[(Prefix.Length + f.ToString().Length + 1)..];
            var name = file[..file.LastIndexOf('.')];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var template = Template.Parse(reader.ReadToEnd(), file);
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"Template {file} does not parse: {string.Join("; ", template.Messages)}");
            }

            templates.Add((f, name), template);
        }

        return templates.ToFrozenDictionary();
    }
}
