using System.Collections.Concurrent;
using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// Keeps rendered notices and letters as files under a folder (the local stand-in for the notices
/// container). A file appears whole or not at all: it is written beside its place and then renamed.
/// </summary>
/// <remarks>
/// Speed (docs/simulate.md, "Speed"): a simulation writes one file a notice, hundreds of thousands
/// in a run, so the file is written with one synchronous call from the caller's thread (a local
/// disk gains nothing from an asynchronous hop), and each folder is created once, not at every file.
/// </remarks>
public sealed class FolderNoticeArchive(string folder) : INoticeArchive
{
    private readonly ConcurrentDictionary<string, byte> madeFolders = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = Path.Combine(folder, Path.Combine(name.Split('/').Select(FileNames.Safe).ToArray()));
        var directory = Path.GetDirectoryName(path)!;
        var temp = path + ".tmp";
        if (!madeFolders.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            madeFolders.TryAdd(directory, 0);
        }

        try
        {
            FileWriter.Write(temp, FileMode.Create, content.Span);
        }
        catch (DirectoryNotFoundException)
        {
            // The folder was removed while the archive was in use: make it again.
            Directory.CreateDirectory(directory);
            FileWriter.Write(temp, FileMode.Create, content.Span);
        }

        File.Move(temp, path, overwrite: true);
        return Task.FromResult(path);
    }

    /// <inheritdoc/>
    /// <remarks>A full path under the folder (the archive's files, and the .eml files an <see cref="EmlFolderSender"/> on the same folder wrote); anything else is null.</remarks>
    public async Task<ArchivedFile?> ReadAsync(string location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!Path.IsPathFullyQualified(location) || !Path.GetFullPath(location).StartsWith(root, StringComparison.Ordinal) || !File.Exists(location))
        {
            return null;
        }

        var name = Path.GetFileName(location);
        return new ArchivedFile(await File.ReadAllBytesAsync(location, cancellationToken).ConfigureAwait(false), ArchivedFile.ContentTypeOf(name), name);
    }
}
