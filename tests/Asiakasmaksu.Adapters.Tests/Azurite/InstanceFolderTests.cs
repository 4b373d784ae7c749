using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class InstanceFolderTests
{
    [Fact]
    public void Sweep_deletes_old_folders_whose_owner_died_and_keeps_live_ones()
    {
        var orphan = Directory.CreateTempSubdirectory("asiakasmaksu-azurite-").FullName;
        File.WriteAllText(Path.Combine(orphan, ".owner.lock"), string.Empty);
        Directory.CreateDirectory(Path.Combine(orphan, "data"));
        Directory.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddMinutes(-5));

        using var live = InstanceFolder.Create();
        Directory.SetLastWriteTimeUtc(live.Path, DateTime.UtcNow.AddMinutes(-5));

        InstanceFolder.SweepStale();

        Assert.False(Directory.Exists(orphan));
        Assert.True(Directory.Exists(live.Path));
    }

    [Fact]
    public void Disposing_deletes_the_folder()
    {
        var folder = InstanceFolder.Create();
        File.WriteAllText(Path.Combine(folder.Path, "x.json"), "{}");

        folder.Dispose();

        Assert.False(Directory.Exists(folder.Path));
    }
}
