using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>A sink that keeps nothing: a later slice reads the file again but leaves what reading found to the first slice's report.</summary>
internal sealed class NoRejections : IRejectionSink
{
    public static NoRejections Instance { get; } = new();

    public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken) => Task.CompletedTask;
}
