using Asiakasmaksu.Application.Files;
using Azure.Data.Tables;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Which version of each incoming file (billing or payments) the local host has handled, kept in its
/// storage (table <c>LocalIncomingFiles</c>): a restarted <c>serve</c>, or <c>serve</c> after an
/// <c>import</c>, does not import the same files again. (In Azure, Event Grid delivers each new blob once.)
/// </summary>
internal sealed class HandledFiles(TableClient table)
{
    /// <summary>The table's name before the storage's prefix.</summary>
    public const string TableName = "LocalIncomingFiles";

    /// <summary>Creates the table if it does not exist.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Whether <paramref name="file"/>'s current version in <paramref name="container"/> was handled.</summary>
    public async Task<bool> WasHandledAsync(string container, IncomingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(container, Key(file.Name), ["Version"], cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetString("Version") == Version(file);
    }

    /// <summary>Notes that <paramref name="file"/>'s current version was handled.</summary>
    public Task MarkHandledAsync(string container, IncomingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return table.UpsertEntityAsync(new TableEntity(container, Key(file.Name)) { ["Version"] = Version(file) }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The file's version as an ETag without quotes: Azurite quotes the ETag an upload answers, not the one a listing gives.</summary>
    private static string Version(IncomingFile file) => file.Version.Trim('"');

    /// <summary>A row key for a blob name (row keys may not hold / \ # ?).</summary>
    private static string Key(string name) => Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(name));
}
