namespace Asiakasmaksu.Application.Outbox;

/// <summary>Where rendered notices are kept: the notices blob container in Azure, a folder locally.</summary>
public interface INoticeArchive
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/> (overwriting the same name is harmless: same id, same content); returns where it is.</summary>
    Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>
    /// The file kept at <paramref name="location"/> (a <see cref="NoticeDelivery.Location"/> this archive
    /// gave, or a file its host's senders wrote beside it), or null when it holds none there (another
    /// archive's location, a message id of an email service, a file removed since). An archive that
    /// cannot read answers null.
    /// </summary>
    Task<ArchivedFile?> ReadAsync(string location, CancellationToken cancellationToken) => Task.FromResult<ArchivedFile?>(null);
}
