using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>Keeps rendered notices and letters as files under a folder (the local stand-in for the notices container).</summary>
public sealed class FolderNoticeArchive(string folder) : INoticeArchive
{
    /// <inheritdoc/>
    public async Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, Path.Combine(name.Split('/').Select(FileNames.Safe).ToArray()));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, content.ToArray(), cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
