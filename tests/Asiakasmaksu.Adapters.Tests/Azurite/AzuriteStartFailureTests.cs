using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class AzuriteStartFailureTests
{
    [Fact]
    public async Task Early_exit_is_reported_with_exit_code_and_last_output()
    {
        using var root = FakeAzuriteRoot.WithScript(
            "console.log('Azurite Blob service is successfully listening at http://127.0.0.1:1');\n" +
            "console.error('boom: cannot open the data folder');\n" +
            "process.exit(3);\n");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { RepositoryRoot = root.Path }));

        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom: cannot open the data folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silence_past_the_startup_timeout_is_a_timeout_with_last_output()
    {
        using var root = FakeAzuriteRoot.WithScript("console.log('warming up'); setInterval(() => {}, 1000);\n");

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { RepositoryRoot = root.Path, StartupTimeout = TimeSpan.FromSeconds(3) }));

        Assert.Contains("warming up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_node_is_a_clear_error()
    {
        using var root = FakeAzuriteRoot.WithScript("process.exit(0);\n");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { RepositoryRoot = root.Path, NodeExecutable = "no-such-node-7f3a" }));

        Assert.Contains("no-such-node-7f3a", error.Message, StringComparison.Ordinal);
        Assert.Contains("Node.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_npm_is_a_clear_error()
    {
        using var root = FakeAzuriteRoot.Bare();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { RepositoryRoot = root.Path, NpmExecutable = "no-such-npm-7f3a" }));

        Assert.Contains("no-such-npm-7f3a", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_npm_ci_is_reported_with_its_stderr()
    {
        // No package-lock.json: npm ci refuses at once, without touching the network.
        using var root = FakeAzuriteRoot.Bare();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { RepositoryRoot = root.Path }));

        Assert.Contains("failed with exit code", error.Message, StringComparison.Ordinal);
        Assert.Contains("package-lock", error.Message, StringComparison.Ordinal);
    }
}
