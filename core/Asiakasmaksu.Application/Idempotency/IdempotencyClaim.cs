namespace Asiakasmaksu.Application.Idempotency;

/// <summary>The result of claiming an Idempotency-Key.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>The key is ours: run the request.</summary>
    public sealed record Claimed : IdempotencyClaim;

    /// <summary>Answered before: return this.</summary>
    public sealed record Replay(StoredResponse Response) : IdempotencyClaim;

    /// <summary>The key was used for a different request.</summary>
    public sealed record Mismatch : IdempotencyClaim;

    /// <summary>The same request is being answered right now.</summary>
    public sealed record InProgress : IdempotencyClaim;
}
