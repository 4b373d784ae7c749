namespace Asiakasmaksu.Local.Serving;

/// <summary>Log messages shared by the input watchers (file names and counts only, never personal data).</summary>
internal static partial class WatcherLog
{
    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "{Watcher} pass failed with {ExceptionType}; retrying next pass")]
    public static partial void PassFailed(ILogger logger, string watcher, string exceptionType);
}
