namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// A notice claimed for delivery by one dispatcher (<see cref="IOutboxStore.ClaimAsync(string, DateTimeOffset, TimeSpan, CancellationToken)"/>): until
/// <see cref="Until"/> no one else can claim it and it is not pending, and only this claim can mark
/// it sent or failed. A claim whose holder dies simply runs out; the notice is then claimable again.
/// </summary>
/// <param name="Entry">The notice and its attempts so far, as they were when it was claimed.</param>
/// <param name="Token">Identifies this claim (made by the store, opaque); also sent with an email so that two attempts at one notice can be told apart.</param>
/// <param name="Until">When the claim runs out: from this instant on, another dispatcher may claim the notice.</param>
/// <param name="Reclaimed">
/// True when an earlier claim had run out without the notice being marked sent or failed: its holder
/// died or stalled, and may have delivered it before that (see docs/notices.md, "The outbox").
/// </param>
public sealed record OutboxClaim(OutboxEntry Entry, string Token, DateTimeOffset Until, bool Reclaimed)
{
    /// <summary>
    /// The store's version of the notice's record as the claim left it (opaque; null when the store
    /// gives none). A store may mark the notice under it without reading the record again; when the
    /// record has changed since, it reads it and decides as always.
    /// </summary>
    public string? StoreVersion { get; init; }

    /// <summary>The claimed notice's id.</summary>
    public string NoticeId => Entry.Notice.Id;
}
