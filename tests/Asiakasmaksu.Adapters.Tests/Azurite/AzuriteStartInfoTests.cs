using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class AzuriteStartInfoTests
{
    private const string Script = "/repo/node_modules/azurite/dist/src/azurite.js";

    [Fact]
    public void A_heap_limit_is_a_node_option_given_before_the_script()
    {
        var arguments = Arguments(new AzuriteOptions { NodeHeapLimitMegabytes = 12288, InMemoryPersistence = true, ExitWithParent = false });

        var heap = arguments.IndexOf("--max-old-space-size=12288");
        Assert.InRange(heap, 0, arguments.IndexOf(Script) - 1);
    }

    [Fact]
    public void Without_a_heap_limit_node_keeps_its_own()
    {
        var arguments = Arguments(new AzuriteOptions { InMemoryPersistence = true, ExitWithParent = false });

        Assert.DoesNotContain(arguments, a => a.StartsWith("--max-old-space-size", StringComparison.Ordinal));
        Assert.Contains("--inMemoryPersistence", arguments);
    }

    private static List<string> Arguments(AzuriteOptions options) =>
        [.. AzuriteLauncher.StartInfo(Script, Path.GetTempPath(), Path.GetTempPath(), options).ArgumentList];
}
