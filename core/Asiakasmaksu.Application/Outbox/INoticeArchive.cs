namespace Asiakasmaksu.Application.Outbox;

/// <summary>Where rendered notices are kept: the notices blob container in Azure, a folder locally.</summary>
public interface INoticeArchive
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/> (overwriting the same name is harmless: same id, same content); returns where it is.</summary>
    Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);
}
