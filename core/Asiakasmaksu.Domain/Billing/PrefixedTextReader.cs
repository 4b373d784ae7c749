namespace Asiakasmaksu.Domain.Billing;

/// <summary>A text reader that gives back an already-read prefix, then the rest of another reader.</summary>
internal sealed class PrefixedTextReader(string prefix, TextReader rest) : TextReader
{
    private int position;

    public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

    public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (position < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - position);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
