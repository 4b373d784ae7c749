namespace Asiakasmaksu.Application.Outbox;

/// <summary>Delivers the outbox's pending notices (renders them, emails or stores letters, marks them sent).</summary>
public interface INoticeDispatcher
{
    /// <summary>Delivers what is due at the clock's now; returns what was delivered.</summary>
    Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(CancellationToken cancellationToken);
}
