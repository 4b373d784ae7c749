using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Application.Staff;

/// <summary>
/// Audit record ids: the instant (sortable), a sequence number of this process (so that records
/// written at the same instant keep the order they were written in) and a random part, unique
/// across processes.
/// </summary>
internal static class AuditIds
{
    private static long sequence;

    public static string Next(DateTimeOffset at) => string.Create(
        CultureInfo.InvariantCulture,
        $"{at.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-{Interlocked.Increment(ref sequence):x12}-{Guid.NewGuid():N}");

    /// <summary>
    /// The id of the one record of <paramref name="what"/> at <paramref name="at"/> (a stored instant,
    /// e.g. when a request was made or decided), the same on every call: a step retried after a crash
    /// appends its record again under this id, and the audit log keeps the first. Sorts after the
    /// records written at the same instant (a decision after the deferral it applied).
    /// </summary>
    public static string For(DateTimeOffset at, string what) => string.Create(
        CultureInfo.InvariantCulture,
        $"{at.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-ffffffffffff-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)).AsSpan(0, 16))}");
}
