using Asiakasmaksu.Adapters.Files;

namespace Asiakasmaksu.Adapters.Tests.Search;

/// <summary>The search key a local host makes for itself: made once, kept, readable by its owner only.</summary>
public sealed class LocalSearchKeyTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("asiakasmaksu-search-key-");

    [Fact]
    public void GivenNoKeyFile_WhenAskedTwice_ThenOneKeyIsMadeKeptAndReadAgain()
    {
        var path = Path.Combine(folder.FullName, "local-data", "search-key");

        var made = LocalSearchKey.ReadOrCreate(path);
        var read = LocalSearchKey.ReadOrCreate(path);

        Assert.Equal(32, made.Length);
        Assert.Equal(made, read);
        Assert.NotEqual(made, LocalSearchKey.ReadOrCreate(Path.Combine(folder.FullName, "other", "search-key")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void GivenAKeyFileTooShort_WhenRead_ThenItIsRefusedSayingWhatToDo()
    {
        var path = Path.Combine(folder.FullName, "search-key");
        File.WriteAllText(path, Convert.ToBase64String(new byte[8]));

        var refused = Assert.Throws<InvalidOperationException>(() => LocalSearchKey.ReadOrCreate(path));

        Assert.Contains("delete it", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
