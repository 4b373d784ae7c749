using System.Text.RegularExpressions;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>
/// The app does no storage set-up when it starts, so the deployment must create every table and
/// container it uses: infra/main.bicep lists exactly those of the code.
/// </summary>
public sealed partial class InfraStorageTests
{
    private static readonly string MainBicep = File.ReadAllText(Path.Combine(DocPages.RepositoryRoot, "infra", "main.bicep"));

    [Fact]
    public void TheDeployment_CreatesEveryTableTheAppUses() =>
        Assert.Equal(
            AzureTableStore.TableNames.Concat(StorageNames.Tables).Order(StringComparer.Ordinal),
            Quoted(Block("tableNames")).Order(StringComparer.Ordinal));

    [Fact]
    public void TheDeployment_CreatesEveryContainerTheAppUses() =>
        Assert.Empty(StorageNames.Containers.Except(Quoted(Block("containerNames")).Append("billing").Append("payments")));

    /// <summary>The lines of <c>var NAME = [ … ]</c> in main.bicep.</summary>
    private static string Block(string name)
    {
        var start = MainBicep.IndexOf($"var {name} = [", StringComparison.Ordinal);
        Assert.True(start >= 0, $"main.bicep has no var {name}");
        return MainBicep[start..MainBicep.IndexOf(']', start)];
    }

    private static IEnumerable<string> Quoted(string block) => QuotedName().Matches(block).Select(m => m.Groups[1].Value);

    [GeneratedRegex("'([A-Za-z0-9-]+)'")]
    private static partial Regex QuotedName();
}
