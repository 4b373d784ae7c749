namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// Starts the import orchestration of one version of a billing file (the Functions blob trigger, the
/// local host's watcher): its instance id comes from the file's name and version
/// (<see cref="BillingFileImportSteps.InstanceId"/>), so a second start of the same version is
/// nothing and a new version is a new import.
/// </summary>
public interface IBillingImportStarter
{
    /// <summary>Starts importing <paramref name="fileName"/> at <paramref name="version"/> unless that import exists in any state; returns whether it started.</summary>
    Task<bool> StartAsync(string fileName, string version, CancellationToken cancellationToken);
}
