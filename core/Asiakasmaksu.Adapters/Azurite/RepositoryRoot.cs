namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Finds the repository root: the folder holding both package.json and the solution.</summary>
internal static class RepositoryRoot
{
    private const string PackageJson = "package.json";
    private const string Solution = "Asiakasmaksu.Functions.sln";

    /// <summary>The given folder (which must hold package.json), or the root found above the current and base directories.</summary>
    public static string Find(string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            var full = Path.GetFullPath(explicitRoot);
            if (!File.Exists(Path.Combine(full, PackageJson)))
            {
                throw new DirectoryNotFoundException($"AzuriteOptions.RepositoryRoot '{full}' holds no {PackageJson}.");
            }

            return full;
        }

        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, PackageJson)) && File.Exists(Path.Combine(dir.FullName, Solution)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder holding both {PackageJson} and {Solution} above '{starts[0]}' or '{starts[1]}'. " +
            "Run from inside the repository or set AzuriteOptions.RepositoryRoot.");
    }
}
