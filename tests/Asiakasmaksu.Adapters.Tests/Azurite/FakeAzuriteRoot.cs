using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

/// <summary>A temp folder that looks like a repository root with Azurite installed, whose azurite.js is a given script.</summary>
internal sealed class FakeAzuriteRoot : IDisposable
{
    private FakeAzuriteRoot(string path) => Path = path;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A root whose "installed" Azurite runs <paramref name="script"/>.</summary>
    public static FakeAzuriteRoot WithScript(string script)
    {
        var root = Bare();
        var modules = System.IO.Path.Combine(root.Path, "node_modules");
        var package = System.IO.Path.Combine(modules, "azurite");
        Directory.CreateDirectory(System.IO.Path.Combine(package, "dist", "src"));
        File.WriteAllText(System.IO.Path.Combine(modules, ".package-lock.json"), "{}");
        File.WriteAllText(System.IO.Path.Combine(package, "package.json"), """{ "name": "azurite", "version": "3.37.0" }""");
        File.WriteAllText(System.IO.Path.Combine(package, "dist", "src", "azurite.js"), script);
        return root;
    }

    /// <summary>A root with only a package.json pinning azurite (no lock file, nothing installed).</summary>
    public static FakeAzuriteRoot Bare()
    {
        var path = Directory.CreateTempSubdirectory("asiakasmaksu-fake-root-").FullName;
        File.WriteAllText(
            System.IO.Path.Combine(path, "package.json"),
            """{ "name": "fake-root", "private": true, "devDependencies": { "azurite": "3.37.0" } }""");
        return new FakeAzuriteRoot(path);
    }

    /// <summary>Deletes the folder and the npm install lock file a start may have made for it.</summary>
    public void Dispose()
    {
        Directory.Delete(Path, recursive: true);
        File.Delete(InstallLock.PathFor(Path));
    }
}
