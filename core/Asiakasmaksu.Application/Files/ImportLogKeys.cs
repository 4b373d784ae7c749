using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Application.Files;

/// <summary>Ids and positions of the import log: newest first, so the id starts with the inverted instant.</summary>
public static class ImportLogKeys
{
    /// <summary>The id of a record of <paramref name="fileName"/> read at <paramref name="at"/>: inverted ticks, then a hash of the name (letters and digits only, safe in a URL and a table key).</summary>
    public static string NewId(string fileName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var inverted = (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        return $"{inverted}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)).AsSpan(0, 6))}";
    }

    /// <summary>The position of <paramref name="record"/>: its id.</summary>
    public static string Of(ImportedFileRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Id;
    }
}
