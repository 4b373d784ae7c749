using System.Text;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// The first line of a billing file, read in blocks and never longer than
/// <see cref="BillingFileReader.MaxRecordLength"/> characters (a file of one endless line is refused
/// early instead of read whole), with what was read past it, to be handed back to the CSV parser.
/// A line ends at "\n", "\r\n" or "\r", as <see cref="TextReader.ReadLine"/> has it.
/// </summary>
/// <param name="Line">The line without its line break, or null for an empty file.</param>
/// <param name="Rest">The characters read after the line break.</param>
internal sealed record HeaderLine(string? Line, string Rest)
{
    private const int BlockSize = 4096;

    /// <summary>Reads the first line of <paramref name="text"/>.</summary>
    public static HeaderLine Read(TextReader text)
    {
        var state = new Reading();
        var block = new char[BlockSize];
        while (!state.Done && state.Take(block.AsSpan(0, text.Read(block))))
        {
        }

        return state.Result();
    }

    /// <summary>Reads the first line of <paramref name="text"/> asynchronously.</summary>
    public static async Task<HeaderLine> ReadAsync(TextReader text, CancellationToken cancellationToken)
    {
        var state = new Reading();
        var block = new char[BlockSize];
        while (!state.Done && state.Take(block.AsSpan(0, await text.ReadAsync(block.AsMemory(), cancellationToken).ConfigureAwait(false))))
        {
        }

        return state.Result();
    }

    /// <summary>The line being read.</summary>
    private sealed class Reading
    {
        private readonly StringBuilder line = new();
        private string rest = string.Empty;
        private bool any;
        private bool carriageReturn;

        public bool Done { get; private set; }

        /// <summary>Takes the next block; false at the end of the file.</summary>
        public bool Take(ReadOnlySpan<char> block)
        {
            if (block.IsEmpty)
            {
                Done = true;
                return false;
            }

            any = true;
            if (carriageReturn)
            {
                // "\r" ended the previous block: a "\n" right after it belongs to the same line break.
                (rest, Done) = (new string(block.Length > 0 && block[0] == '\n' ? block[1..] : block), true);
                return true;
            }

            var end = block.IndexOfAny('\n', '\r');
            var take = end < 0 ? block : block[..end];
            if (line.Length + take.Length > BillingFileReader.MaxRecordLength)
            {
                throw new BillingFileFormatException($"not a billing file: the header is longer than {BillingFileReader.MaxRecordLength} characters", 1, column: null);
            }

            line.Append(take);
            if (end < 0)
            {
                return true;
            }

            if (block[end] == '\r' && end == block.Length - 1)
            {
                carriageReturn = true;
                return true;
            }

            var after = block[end] == '\r' && block[end + 1] == '\n' ? end + 2 : end + 1;
            (rest, Done) = (new string(block[after..]), true);
            return true;
        }

        public HeaderLine Result() => new(any ? line.ToString() : null, rest);
    }
}
