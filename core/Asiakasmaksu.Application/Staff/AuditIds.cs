using System.Globalization;

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
}
