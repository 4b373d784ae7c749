using System.Diagnostics;

namespace Asiakasmaksu.Local.Tests;

/// <summary>Runs the local host's command line as a real process (the built asiakasmaksu.dll) and captures what it prints.</summary>
internal static class LocalCliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "asiakasmaksu.dll");

    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Starts <c>dotnet asiakasmaksu.dll ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, args, new Dictionary<string, string>());

    /// <summary>Starts <c>dotnet asiakasmaksu.dll ARGS</c> with extra environment variables.</summary>
    public static Process Start(string workingDirectory, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Runs to the end (at most 5 minutes).</summary>
    public static Task<Result> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, args, new Dictionary<string, string>());

    /// <summary>Runs to the end (at most 5 minutes) with extra environment variables.</summary>
    public static Task<Result> RunAsync(string workingDirectory, string[] args, IReadOnlyDictionary<string, string> environment) =>
        RunAsync(workingDirectory, args, environment, TimeSpan.FromMinutes(5));

    /// <summary>Runs to the end (at most <paramref name="limit"/>) with extra environment variables.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, string[] args, IReadOnlyDictionary<string, string> environment, TimeSpan limit)
    {
        using var process = Start(workingDirectory, args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
