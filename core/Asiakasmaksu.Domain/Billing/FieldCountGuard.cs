namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// Passes a billing file's text through after its header and refuses it (a
/// <see cref="BillingFileFormatException"/> naming the line) as soon as one record holds more than
/// <see cref="BillingFileReader.MaxFields"/> fields, before the CSV parser has to take in a line of
/// a million fields. It follows quoting as RFC 4180 does (a delimiter or line break inside quotes
/// belongs to the field) and counts line breaks, also inside quotes, to name the line where the
/// record starts. A stray quote inside a field can make it count a record short, never long.
/// </summary>
internal sealed class FieldCountGuard(TextReader inner, char delimiter, int firstLine) : TextReader
{
    private int line = firstLine;
    private int recordStart = firstLine;
    private int fields = 1;
    private bool quoted;
    private bool afterCarriageReturn;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Scan((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        foreach (var c in buffer[..Math.Max(n, 0)])
        {
            Scan(c);
        }

        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        foreach (var c in buffer.Span[..Math.Max(n, 0)])
        {
            Scan(c);
        }

        return n;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(char c)
    {
        var lineBreak = c == '\r' || (c == '\n' && !afterCarriageReturn);
        afterCarriageReturn = c == '\r';
        if (lineBreak)
        {
            line++;
        }

        if (c == '"')
        {
            quoted = !quoted;
        }
        else if (!quoted && lineBreak)
        {
            (fields, recordStart) = (1, line);
        }
        else if (!quoted && c == delimiter && ++fields > BillingFileReader.MaxFields)
        {
            throw new BillingFileFormatException($"not a billing file: the record starting on line {recordStart} has more than {BillingFileReader.MaxFields} fields", recordStart, column: null);
        }
    }
}
