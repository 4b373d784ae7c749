using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>Where a delivery run's notices end, counted there: each send or letter the recipient would get, by notice id.</summary>
/// <param name="Email">The email sender.</param>
/// <param name="Archive">The letter archive (letters are printed from it).</param>
/// <param name="Received">What recipients got so far, by notice id.</param>
/// <param name="Dispose">Frees the sinks.</param>
public sealed record DeliverySinks(IEmailSender Email, INoticeArchive Archive, Func<IReadOnlyDictionary<string, int>> Received, Func<ValueTask> Dispose) : IAsyncDisposable
{
    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Dispose();
}
