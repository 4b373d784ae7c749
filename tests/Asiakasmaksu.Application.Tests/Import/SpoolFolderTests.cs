using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>Issue 21, item 1: the import's temporary files hold names and addresses; only the process may read them, and none outlives it.</summary>
public sealed class SpoolFolderTests : IDisposable
{
    private readonly string parent = Directory.CreateTempSubdirectory("asiakasmaksu-spool-test-").FullName;

    [Fact]
    public void GivenASpoolThatSpills_WhenItsRunsAreWritten_ThenNoneIsInTheTempFolderOrOnDisk()
    {
        using var spool = new LineSpool(maxLinesInMemory: 2);
        for (var i = 0; i < 5; i++)
        {
            spool.Add($"k{i}", Line(i));
        }

        var runs = spool.Runs.ToList();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, run =>
        {
            Assert.NotEqual(Path.GetFullPath(Path.GetTempPath()).TrimEnd('/'), Path.GetDirectoryName(run.Name));
            if (!OperatingSystem.IsWindows())
            {
                Assert.False(File.Exists(run.Name), "a spool file is unlinked as soon as it is opened");
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(run.SafeFileHandle));
            }
        });
        Assert.Equal(5, spool.Groups().Sum(g => g.Lines.Count));
    }

    [Fact]
    public void GivenAPrivateFolder_WhenCreated_ThenOnlyItsUserMayEnterIt()
    {
        var folder = SpoolFolder.Create(parent);

        Assert.StartsWith(SpoolFolder.Prefix, Path.GetFileName(folder.Path), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder.Path));
        }

        using var file = folder.CreateFile(".run");
        file.Write([1, 2, 3]);
        Assert.Equal([".owner.lock"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void GivenLeftoversOfCrashedImports_WhenAnImportStarts_ThenTheyAreSweptButALiveOneIsLeft()
    {
        var legacyRun = Touch(Path.Combine(parent, $"{SpoolFolder.Prefix}0123abcd.run"));
        var legacyErrors = Touch(Path.Combine(parent, "asiakasmaksu-errors-0123abcd.csv"));
        var dead = Directory.CreateDirectory(Path.Combine(parent, $"{SpoolFolder.Prefix}dead")).FullName;
        Touch(Path.Combine(dead, ".owner.lock"));
        Touch(Path.Combine(dead, "left.run"));
        var live = SpoolFolder.Create(parent);

        SpoolFolder.SweepLeftovers(parent);

        Assert.False(File.Exists(legacyRun));
        Assert.False(File.Exists(legacyErrors));
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live.Path));
    }

    public void Dispose() => Directory.Delete(parent, recursive: true);

    private static string Touch(string path)
    {
        File.WriteAllText(path, "Aino Virtanen, Kauppakatu 1");
        return path;
    }

    private static BillingLine Line(int n) => new(
        n + 2, "B1", $"L{n}", $"C{n}", new PostalAddress("Aino Virtanen", "Kauppakatu 1", "00100", "Helsinki"), Language.Fi, "DOCTOR",
        new DateOnly(2026, 2, 10), Money.Of(20m), false, new DateOnly(2026, 3, 2), null, null, null, null, $"hash{n}");
}
