using System.Globalization;

namespace Asiakasmaksu.Local.Cli;

/// <summary>A small, strict reader of <c>--name value</c> options: unknown or repeated options are errors.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> known, IReadOnlySet<string> repeatable, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !known.Contains(name[2..]))
            {
                throw new UsageException($"unknown option {name}");
            }

            name = name[2..];
            if (flags.Contains(name))
            {
                values[name] = ["true"];
                continue;
            }

            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"--{name} needs a value");
            }

            if (values.TryGetValue(name, out var list))
            {
                if (!repeatable.Contains(name))
                {
                    throw new UsageException($"--{name} is given twice");
                }

                list.Add(e.Current);
            }
            else
            {
                values[name] = [e.Current];
            }
        }
    }

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string? Optional(string name) => values.TryGetValue(name, out var list) ? list[0] : null;

    public string Required(string name) => Optional(name) ?? throw new UsageException($"--{name} is required");

    public bool Flag(string name) => values.ContainsKey(name);

    public DateOnly? Date(string name) => Optional(name) is not { } text
        ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--{name} must be a date yyyy-mm-dd");

    public int Int(string name, int fallback, int min, int max) => Optional(name) is not { } text
        ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new UsageException($"--{name} must be a whole number {min}–{max}");
}
