namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// The configured storage cannot be used (a connection string that cannot be read, or storage that
/// does not answer): the command line prints the one-line message and exits 2. The message never
/// holds the connection string, which holds the account key.
/// </summary>
internal sealed class StorageSettingException(string message) : Exception(message);
