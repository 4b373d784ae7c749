using Asiakasmaksu.Application.Time;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// A claim on a change's notices taken as the store stores them, by the one who commits the change
/// and delivers its notices right after (an invoice's timer wake-up). The notices are stored claimed
/// under <see cref="Token"/> until <see cref="Until"/>: no one else can claim them meanwhile, and the
/// committer takes the claim with <see cref="IOutboxStore.ClaimHeldAsync"/> without writing it.
/// Should the committer die, the hold runs out like any claim and whoever claims the notice next
/// delivers it (at most <see cref="OutboxDispatcher.ClaimLease"/> late, docs/notices.md, "The outbox").
/// </summary>
/// <param name="Token">The claim's token, as <see cref="OutboxClaim.Token"/>.</param>
/// <param name="Until">When the hold runs out, as <see cref="OutboxClaim.Until"/>.</param>
public sealed record NoticeHold(string Token, DateTimeOffset Until)
{
    /// <summary>A new hold from <paramref name="clock"/>'s now for the lease of a claim (<see cref="OutboxDispatcher.ClaimLease"/> of real time).</summary>
    public static NoticeHold Take(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new(Guid.NewGuid().ToString("N"), clock.GetUtcNow() + clock.Lasting(OutboxDispatcher.ClaimLease));
    }
}
