using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>A notice waiting in the outbox, with its delivery attempts so far.</summary>
/// <param name="Notice">The notice.</param>
/// <param name="StoredAt">When it was stored.</param>
/// <param name="Attempts">Failed delivery attempts so far.</param>
/// <param name="NextAttemptAt">The earliest time of the next attempt.</param>
/// <param name="LastError">What went wrong last (never personal data).</param>
public sealed record OutboxEntry(Notice Notice, DateTimeOffset StoredAt, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);
