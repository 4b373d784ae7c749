namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// Where each known column is in a file: built from the header row, refusing a header that lacks
/// a required column or names a known column twice. Column names are compared exactly after
/// trimming; empty names (a trailing delimiter, as spreadsheets write) are ignored.
/// </summary>
internal sealed class HeaderLayout
{
    /// <summary>Every known column, required first, in the order the content hash uses.</summary>
    public static readonly IReadOnlyList<string> Known = [.. BillingColumns.Required, .. BillingColumns.Optional];

    private static readonly Dictionary<string, int> Slots =
        Known.Select((name, slot) => (name, slot)).ToDictionary(p => p.name, p => p.slot, StringComparer.Ordinal);

    private readonly int[] ordinalOfSlot;

    private HeaderLayout(int[] ordinalOfSlot, BillingFileHeader header)
    {
        this.ordinalOfSlot = ordinalOfSlot;
        Header = header;
    }

    /// <summary>The header's description.</summary>
    public BillingFileHeader Header { get; }

    /// <summary>The number of fields the header has.</summary>
    public int FieldCount => Header.Columns.Count;

    /// <summary>The slot (index into <see cref="Known"/>) of a column name.</summary>
    public static int SlotOf(string column) => Slots[column];

    /// <summary>The layout of <paramref name="names"/>; throws <see cref="BillingFileFormatException"/> when unusable.</summary>
    public static HeaderLayout Of(IReadOnlyList<string> names, char delimiter)
    {
        var ordinals = Enumerable.Repeat(-1, Known.Count).ToArray();
        var unknown = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Length == 0)
            {
                continue;
            }

            if (!Slots.TryGetValue(name, out var slot))
            {
                if (!unknown.Contains(name, StringComparer.Ordinal))
                {
                    unknown.Add(name);
                }

                continue;
            }

            if (ordinals[slot] >= 0)
            {
                throw new BillingFileFormatException($"not a billing file: the column {name} is named twice in the header", 1, name);
            }

            ordinals[slot] = i;
        }

        var missing = BillingColumns.Required.Where(c => ordinals[Slots[c]] < 0).ToList();
        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing);
            throw new BillingFileFormatException(
                missing.Count == 1 ? $"not a billing file: the required column {list} is missing" : $"not a billing file: the required columns {list} are missing",
                1,
                missing[0]);
        }

        return new HeaderLayout(ordinals, new BillingFileHeader(delimiter, names, unknown));
    }

    /// <summary>The field of each known column in a record (trimmed; empty when the column or the field is absent).</summary>
    public string[] Project(Func<int, string> field, int fieldsInRecord)
    {
        var values = new string[Known.Count];
        for (var slot = 0; slot < values.Length; slot++)
        {
            var ordinal = ordinalOfSlot[slot];
            values[slot] = ordinal >= 0 && ordinal < fieldsInRecord ? field(ordinal).Trim() : string.Empty;
        }

        return values;
    }
}
