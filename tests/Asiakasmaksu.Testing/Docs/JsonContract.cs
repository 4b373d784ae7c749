using System.Text.Json;

namespace Asiakasmaksu.Testing.Docs;

/// <summary>
/// Compares JSON a page documents with JSON the program wrote: the same members in the same order,
/// the same kinds (string, number, true/false, null, object, array) and the same values. Two
/// conventions let a page show what cannot be fixed: a documented string ending in <c>…</c> stands
/// for any string that starts with the text before it (an id made from a random key), and an array
/// whose last documented element is the string <c>…</c> stands for an array that starts with the
/// elements shown.
/// </summary>
public static class JsonContract
{
    private const string Any = "…";

    /// <summary>The differences, each with its JSON path; none when the program writes what the page shows.</summary>
    public static IReadOnlyList<string> Differences(JsonElement documented, JsonElement actual)
    {
        var differences = new List<string>();
        Compare(documented, actual, "$", differences);
        return differences;
    }

    /// <summary>The differences between the JSON texts (see <see cref="Differences(JsonElement, JsonElement)"/>).</summary>
    public static IReadOnlyList<string> Differences(string documented, string actual)
    {
        using var doc = JsonDocument.Parse(documented, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        using var act = JsonDocument.Parse(actual);
        return Differences(doc.RootElement, act.RootElement);
    }

    private static void Compare(JsonElement doc, JsonElement act, string path, List<string> differences)
    {
        if (doc.ValueKind == JsonValueKind.String && doc.GetString() is { } text && text.EndsWith(Any, StringComparison.Ordinal))
        {
            if (act.ValueKind != JsonValueKind.String || !act.GetString()!.StartsWith(text[..^1], StringComparison.Ordinal))
            {
                differences.Add($"{path}: the page shows {doc.GetRawText()}, the program wrote {act.GetRawText()}");
            }

            return;
        }

        if (doc.ValueKind != act.ValueKind)
        {
            differences.Add($"{path}: the page shows {Kind(doc)} {doc.GetRawText()}, the program wrote {Kind(act)} {act.GetRawText()}");
            return;
        }

        switch (doc.ValueKind)
        {
            case JsonValueKind.Object:
                var docNames = doc.EnumerateObject().Select(p => p.Name).ToList();
                var actNames = act.EnumerateObject().Select(p => p.Name).ToList();
                if (!docNames.SequenceEqual(actNames, StringComparer.Ordinal))
                {
                    differences.Add($"{path}: the page shows members [{string.Join(", ", docNames)}], the program wrote [{string.Join(", ", actNames)}]");
                }

                foreach (var name in docNames.Intersect(actNames, StringComparer.Ordinal))
                {
                    Compare(doc.GetProperty(name), act.GetProperty(name), $"{path}.{name}", differences);
                }

                break;
            case JsonValueKind.Array:
                var docItems = doc.EnumerateArray().ToList();
                var actItems = act.EnumerateArray().ToList();
                var open = docItems.Count > 0 && docItems[^1].ValueKind == JsonValueKind.String && docItems[^1].GetString() == Any;
                var shown = open ? docItems.Count - 1 : docItems.Count;
                if (open ? actItems.Count < shown : actItems.Count != shown)
                {
                    differences.Add($"{path}: the page shows {shown}{(open ? " or more" : string.Empty)} elements, the program wrote {actItems.Count}");
                }

                for (var i = 0; i < Math.Min(shown, actItems.Count); i++)
                {
                    Compare(docItems[i], actItems[i], $"{path}[{i}]", differences);
                }

                break;
            case JsonValueKind.Number:
                if (doc.GetDecimal() != act.GetDecimal())
                {
                    differences.Add($"{path}: the page shows {doc.GetRawText()}, the program wrote {act.GetRawText()}");
                }

                break;
            case JsonValueKind.String:
                if (doc.GetString() != act.GetString())
                {
                    differences.Add($"{path}: the page shows {doc.GetRawText()}, the program wrote {act.GetRawText()}");
                }

                break;
        }
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
