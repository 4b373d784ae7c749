using System.Globalization;

namespace Asiakasmaksu.Application.Staff;

/// <summary>Audit record ids: the instant (sortable) and a random part, unique across processes.</summary>
internal static class AuditIds
{
    public static string Next(DateTimeOffset at) =>
        $"{at.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
}
