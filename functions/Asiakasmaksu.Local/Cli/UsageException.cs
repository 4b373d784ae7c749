namespace Asiakasmaksu.Local.Cli;

/// <summary>The command line cannot be used as given: a one-line message, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
