using System.Runtime.CompilerServices;
using System.Text;
using Sylvan.Data.Csv;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// Reads a billing file (docs/billing-file.md) as a stream of records in constant memory: UTF-8
/// with or without a byte-order mark, the delimiter detected from the header (';' when it holds
/// more ';' than ','), quoted fields that may hold line breaks. Each record is accepted (a
/// <see cref="BillingLine"/>) or rejected with the line where it starts, the column and a reason.
/// Blank records (every field empty, as spreadsheets write them) are skipped and not counted.
/// A file that is not a billing file at all throws <see cref="BillingFileFormatException"/>:
/// from <see cref="OpenAsync"/> for the header, from the enumeration for broken quoting, an
/// over-long record or bytes that are not UTF-8. The reader does not close the stream.
/// </summary>
public sealed class BillingFileReader : IDisposable
{
    /// <summary>The longest record read, in characters (a never-closed quote otherwise swallows the file).</summary>
    public const int MaxRecordLength = 1 << 20;

    /// <summary>The most fields a record (or the header) may have: a line of more is refused at once, naming it (<see cref="FieldCountGuard"/>).</summary>
    public const int MaxFields = 1000;

    private readonly CsvDataReader csv;
    private readonly HeaderLayout layout;
    private bool enumerated;

    private BillingFileReader(CsvDataReader csv, HeaderLayout layout)
    {
        this.csv = csv;
        this.layout = layout;
    }

    /// <summary>The header: delimiter, columns, unknown columns.</summary>
    public BillingFileHeader Header => layout.Header;

    /// <summary>Opens <paramref name="content"/> and reads its header; throws <see cref="BillingFileFormatException"/> when it is not a billing file.</summary>
    public static async Task<BillingFileReader> OpenAsync(Stream content, CancellationToken cancellationToken)
    {
        var text = TextOf(content);
        try
        {
            var (replay, options) = Prepare(await ReadHeaderAsync(text, cancellationToken).ConfigureAwait(false), text);
            return Layout(await CsvDataReader.CreateAsync(replay, options, cancellationToken).ConfigureAwait(false), options.Delimiter!.Value);
        }
        catch (Exception e) when (e is BillingFileFormatException or CsvFormatException)
        {
            text.Dispose();
            throw Refusal(e);
        }
    }

    /// <summary>Opens <paramref name="content"/> and reads its header, synchronously (see <see cref="OpenAsync"/>).</summary>
    public static BillingFileReader Open(Stream content)
    {
        var text = TextOf(content);
        try
        {
            var (replay, options) = Prepare(ReadHeader(text), text);
            return Layout(CsvDataReader.Create(replay, options), options.Delimiter!.Value);
        }
        catch (Exception e) when (e is BillingFileFormatException or CsvFormatException)
        {
            text.Dispose();
            throw Refusal(e);
        }
    }

    /// <summary>The records, in file order. Can be enumerated once.</summary>
    public async IAsyncEnumerable<BillingRecord> RecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StartEnumeration();
        var nextLine = 2;
        while (true)
        {
            var start = nextLine;
            bool read;
            try
            {
                read = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CsvFormatException or DecoderFallbackException)
            {
                throw Unreadable(e, start);
            }

            if (!read)
            {
                yield break;
            }

            nextLine += LineBreaks(csv.GetRawRecordSpan());
            if (Current(start) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>The records, in file order, read synchronously. Can be enumerated once.</summary>
    public IEnumerable<BillingRecord> Records()
    {
        StartEnumeration();
        var nextLine = 2;
        while (true)
        {
            var start = nextLine;
            bool read;
            try
            {
                read = csv.Read();
            }
            catch (Exception e) when (e is CsvFormatException or DecoderFallbackException)
            {
                throw Unreadable(e, start);
            }

            if (!read)
            {
                yield break;
            }

            nextLine += LineBreaks(csv.GetRawRecordSpan());
            if (Current(start) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => csv.Dispose();

    private static StreamReader TextOf(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);

        // UTF-8 only: a UTF-8 byte-order mark is skipped (the encoding's preamble), any other (UTF-16,
        // UTF-32) is not taken as a hint to read another encoding but refused (NotUtf8).
        return new StreamReader(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
    }

    private static async Task<HeaderLine> ReadHeaderAsync(StreamReader text, CancellationToken cancellationToken)
    {
        try
        {
            return await HeaderLine.ReadAsync(text, cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(e);
        }
    }

    private static HeaderLine ReadHeader(StreamReader text)
    {
        try
        {
            return HeaderLine.Read(text);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(e);
        }
    }

    /// <summary>The header could not be decoded: UTF-16 or UTF-32 (told by its byte-order mark) or another encoding such as Latin-1.</summary>
    private static BillingFileFormatException NotUtf8(DecoderFallbackException e) =>
        e.BytesUnknown is [0xFF or 0xFE, ..] && e.Index == 0
            ? new BillingFileFormatException("not a billing file: the file is UTF-16 (or UTF-32) text; the format is UTF-8: save the file as UTF-8", 1, e)
            : new BillingFileFormatException("not a billing file: the text at the start of the file is not UTF-8 (a Latin-1 export?); save the file as UTF-8", 1, e);

    /// <summary>
    /// Detects the delimiter from the header line, then hands Sylvan the header again followed by
    /// the rest of the file (<see cref="PrefixedTextReader"/>), so that it parses the header's quoting.
    /// </summary>
    private static (TextReader Replay, CsvDataReaderOptions Options) Prepare(HeaderLine header, StreamReader rest)
    {
        var headerLine = header.Line ?? throw new BillingFileFormatException("not a billing file: the file is empty", 1, column: null);
        if (headerLine.Contains('\0', StringComparison.Ordinal))
        {
            throw new BillingFileFormatException("not a billing file: the header holds NUL characters, as UTF-16 text does; the format is UTF-8: save the file as UTF-8", 1, column: null);
        }

        if (headerLine.Trim().Length == 0)
        {
            throw new BillingFileFormatException("not a billing file: the first line must be the header", 1, column: null);
        }

        var delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
        if (headerLine.Count(c => c == delimiter) >= MaxFields)
        {
            throw new BillingFileFormatException($"not a billing file: the header has more than {MaxFields} columns", 1, column: null);
        }

        var options = new CsvDataReaderOptions
        {
            Delimiter = delimiter,
            HasHeaders = true,
            Comment = '\0',
            MaxBufferSize = MaxRecordLength,
            OwnsReader = true,
        };
        return (new PrefixedTextReader(headerLine + "\n", new FieldCountGuard(new PrefixedTextReader(header.Rest, rest), delimiter, firstLine: 2)), options);
    }

    private static BillingFileReader Layout(CsvDataReader csv, char delimiter)
    {
        try
        {
            var names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
            return new BillingFileReader(csv, HeaderLayout.Of(names, delimiter));
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    private static BillingFileFormatException Refusal(Exception e) =>
        e as BillingFileFormatException ?? new BillingFileFormatException("not a billing file: the header cannot be read as CSV", 1, e);

    private static BillingFileFormatException Unreadable(Exception e, int line) => e switch
    {
        DecoderFallbackException => new BillingFileFormatException($"not a billing file: line {line} is not UTF-8 text", line, e),
        CsvRecordTooLargeException => new BillingFileFormatException($"not a billing file: the record starting on line {line} is too long (is a quote left open?)", line, e),
        _ => new BillingFileFormatException($"not a billing file: the record starting on line {line} has broken quoting (is a quote left open?)", line, e),
    };

    private static int LineBreaks(ReadOnlySpan<char> raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private void StartEnumeration()
    {
        if (enumerated)
        {
            throw new InvalidOperationException("A billing file's records can be read once.");
        }

        enumerated = true;
    }

    private BillingRecord? Current(int lineNumber)
    {
        var count = csv.RowFieldCount;
        var blank = true;
        for (var i = 0; i < count && blank; i++)
        {
            blank = csv.GetFieldSpan(i).Trim().IsEmpty;
        }

        if (blank)
        {
            return null;
        }

        var fields = layout.Project(csv.GetString, count);
        if (count > layout.FieldCount)
        {
            var clientId = fields[HeaderLayout.SlotOf(BillingColumns.ClientId)];
            return new BillingRecord.Rejected(new LineRejection(
                lineNumber,
                string.Empty,
                $"the line has {count} fields but the header has {layout.FieldCount} (a delimiter inside a field must be quoted)",
                FieldRules.Reportable(clientId)));
        }

        return BillingLineParser.Parse(fields, lineNumber, decimalComma: layout.Header.Delimiter == ';');
    }
}
