namespace Asiakasmaksu.Application.Maintenance;

/// <summary>What one housekeeping pass did and found.</summary>
/// <param name="IdempotencyKeysPurged">Expired Idempotency-Keys deleted (docs/staff-api.md: kept 24 hours).</param>
/// <param name="Tariffs">What the tariff configuration lacks in the coming days.</param>
public sealed record HousekeepingResult(int IdempotencyKeysPurged, TariffOutlook Tariffs);
