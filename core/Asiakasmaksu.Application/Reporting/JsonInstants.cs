using System.Globalization;

namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// Instants as every JSON output writes them (the staff API, simulate's outputs): ISO 8601 in UTC
/// with seven fractional digits, e.g. <c>2026-02-09T07:00:00.0000000+00:00</c>, whatever offset the
/// clock that stamped them had, so the same instant always reads the same.
/// </summary>
public static class JsonInstants
{
    /// <summary>The instant in UTC, round-trip format.</summary>
    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
