using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// The local "email" sender: writes each message as <c>{noticeId}.eml</c> in a folder (open it in
/// any mail program). A message already written is not written again.
/// </summary>
/// <remarks>
/// Speed: as <see cref="FolderNoticeArchive"/>, one synchronous write a message, and the folder
/// is created once (again if it was removed meanwhile).
/// </remarks>
public sealed class EmlFolderSender(string folder) : IEmailSender
{
    private volatile bool folderMade;

    /// <inheritdoc/>
    public Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = Path.Combine(folder, FileNames.Safe(email.NoticeId) + ".eml");
        if (!folderMade)
        {
            Directory.CreateDirectory(folder);
            folderMade = true;
        }

        try
        {
            Write(path, email.Mime.Span);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(folder);
            Write(path, email.Mime.Span);
        }

        return Task.FromResult(path);
    }

    private static void Write(string path, ReadOnlySpan<byte> mime)
    {
        try
        {
            FileWriter.Write(path, FileMode.CreateNew, mime);
        }
        catch (IOException e) when (e is not DirectoryNotFoundException && File.Exists(path))
        {
            // Sent before: at most once.
        }
    }
}
