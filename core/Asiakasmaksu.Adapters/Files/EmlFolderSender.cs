using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// The local "email" sender: writes each message as <c>{noticeId}.eml</c> in a folder (open it in
/// any mail program). A message already written is not written again.
/// </summary>
public sealed class EmlFolderSender(string folder) : IEmailSender
{
    /// <inheritdoc/>
    public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileNames.Safe(email.NoticeId) + ".eml");
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await file.WriteAsync(email.Mime, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Sent before: at most once.
        }

        return path;
    }
}
