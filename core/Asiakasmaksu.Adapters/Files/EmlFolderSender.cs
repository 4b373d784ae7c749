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
    private readonly WriteOnceFolder files = new(folder);

    /// <inheritdoc/>
    public Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(files.Write(FileNames.Safe(email.NoticeId) + ".eml", email.Mime.Span));
    }
}
