using System.Text;

namespace Asiakasmaksu.StaffApi.Tests.Docs;

/// <summary>
/// One <c>curl</c> command of docs/staff-api.md, read as the shell would: single quotes literal,
/// double quotes with <c>\"</c> and <c>$NAME</c>, a trailing <c>\</c> continuing the line,
/// <c>$(uuidgen)</c> a new UUID each time; <c>-H</c> a header, <c>-d</c> a body (and POST), the
/// last word the URL.
/// </summary>
/// <param name="Method">GET, or POST with a body.</param>
/// <param name="Url">The URL with the variables put in.</param>
/// <param name="Headers">The headers, as given.</param>
/// <param name="Body">The body, if any.</param>
public sealed record CurlCall(HttpMethod Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body)
{
    /// <summary>Reads the one curl command of <paramref name="script"/>, with <paramref name="variables"/> for <c>$NAME</c>.</summary>
    public static CurlCall Parse(string script, IReadOnlyDictionary<string, string> variables)
    {
        var words = Words(script.Replace("\\\n", " ", StringComparison.Ordinal), variables);
        if (words is not ["curl", ..])
        {
            throw new FormatException($"not a curl command: {script}");
        }

        var headers = new List<(string, string)>();
        string? body = null;
        string? url = null;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d":
                    body = words[++i];
                    break;
                default:
                    url = words[i].StartsWith('-') ? throw new FormatException($"curl option {words[i]} is not understood") : words[i];
                    break;
            }
        }

        return new CurlCall(body is null ? HttpMethod.Get : HttpMethod.Post, url ?? throw new FormatException("curl without a URL"), headers, body);
    }

    /// <summary>The <c>NAME=value</c> lines of a shell snippet (a <c># comment</c> after a value is dropped).</summary>
    public static Dictionary<string, string> Assignments(string script, IReadOnlyDictionary<string, string> variables) =>
        script.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => Words(p[1], variables)[0], StringComparer.Ordinal);

    private static List<string> Words(string text, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            if (c == '#' && !inWord)
            {
                break;
            }

            inWord = true;
            if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                word.Append(text, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                for (i++; text[i] != '"'; i++)
                {
                    if (text[i] == '\\' && text[i + 1] is '"' or '\\' or '$')
                    {
                        word.Append(text[++i]);
                    }
                    else if (text[i] == '$')
                    {
                        i = Expand(text, i, word, variables);
                    }
                    else
                    {
                        word.Append(text[i]);
                    }
                }
            }
            else if (c == '$')
            {
                i = Expand(text, i, word, variables);
            }
            else
            {
                word.Append(c);
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Puts in <c>$NAME</c> or <c>$(uuidgen)</c> at <paramref name="i"/>; returns the index of its last character.</summary>
    private static int Expand(string text, int i, StringBuilder word, IReadOnlyDictionary<string, string> variables)
    {
        if (text.AsSpan(i).StartsWith("$(uuidgen)", StringComparison.Ordinal))
        {
            word.Append(Guid.NewGuid().ToString());
            return i + "$(uuidgen)".Length - 1;
        }

        var end = i + 1;
        while (end < text.Length && (char.IsAsciiLetterUpper(text[end]) || text[end] == '_'))
        {
            end++;
        }

        var name = text[(i + 1)..end];
        word.Append(variables.TryGetValue(name, out var value) ? value : throw new FormatException($"${name} is not set"));
        return end - 1;
    }
}
