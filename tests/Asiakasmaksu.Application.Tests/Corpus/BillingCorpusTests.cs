using System.Text;
using System.Text.RegularExpressions;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.References;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Corpus;

/// <summary>
/// The billing-file corpus (<c>Corpus/billing</c>, issue 21): every file is imported as a host
/// would (the error report written by the real sink), and must end as its <c>.expected</c> says:
/// refused whole with the message, or the lines rejected and warned about, named by line and
/// column, with the invoices made of the rest. None crashes, none is accepted silently (each
/// expects a refusal, a rejection or a warning), and no error report or refusal holds a
/// henkilötunnus, a name or an address from the file, or a cell a spreadsheet would run.
/// </summary>
public sealed partial class BillingCorpusTests : IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "billing");

    private static readonly string[] PersonalWords = ["Aino", "Virtanen", "Bertil", "Matti", "Meikäläinen", "Kauppakatu", "Rantatie", "Gatan", "Väinö"];

    private readonly string root = Directory.CreateTempSubdirectory("asiakasmaksu-corpus-").FullName;

    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void TheCorpus_HoldsEveryKindOfBadFile() => Assert.True(Files.Count >= 35, $"{Files.Count} files");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryBadBillingFile_EndsAsExpected_WithNothingPersonalInItsReport(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Folder, name + ".expected")).Where(l => l.Length > 0).ToList();
        Assert.Contains(expected, l => l.StartsWith("refused ", StringComparison.Ordinal) || l.StartsWith("rejected ", StringComparison.Ordinal) || l.StartsWith("warning ", StringComparison.Ordinal));
        var billing = Directory.CreateDirectory(Path.Combine(root, "billing")).FullName;
        File.Copy(Path.Combine(Folder, name), Path.Combine(billing, name), overwrite: true);
        var store = NewStore();
        var use = new ImportBillingFile(new FolderBillingFileStore(billing, Path.Combine(root, "errors")), NewImport(store));

        var outcome = await use.RunAsync(name, null, null, CancellationToken.None);

        var report = outcome.ErrorReport is { } path ? await File.ReadAllTextAsync(path, Encoding.UTF8) : string.Empty;
        Assert.False(PersonalIdentityCodeSearch.Contains(report), report);
        Assert.DoesNotContain(PersonalWords, w => report.Contains(w, StringComparison.Ordinal) || (outcome.Refusal ?? string.Empty).Contains(w, StringComparison.Ordinal));
        Assert.DoesNotMatch(FormulaCell(), report);
        if (expected.SingleOrDefault(l => l.StartsWith("refused ", StringComparison.Ordinal)) is { } refused)
        {
            Assert.StartsWith(refused["refused ".Length..], outcome.Refusal, StringComparison.Ordinal);
            Assert.Null(outcome.Report);
            Assert.Empty(await AllAsync(store));
            return;
        }

        Assert.True(outcome.Refusal is null, outcome.Refusal);
        var rows = report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Row).Order().ToList();
        Assert.Equal(expected.Where(l => !l.StartsWith("invoices ", StringComparison.Ordinal)).Select(l => l.Replace(" -", " ", StringComparison.Ordinal)).Order().ToList(), rows);
        Assert.Equal(int.Parse(expected.Single(l => l.StartsWith("invoices ", StringComparison.Ordinal))["invoices ".Length..], System.Globalization.CultureInfo.InvariantCulture), outcome.Report!.InvoicesCreated);
        Assert.Equal(outcome.Report.Lines, outcome.Report.Accepted + outcome.Report.Rejected + outcome.Report.Duplicates);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>"rejected 2 client_id" or "warning 3 street" for a report row.</summary>
    private static string Row(string row)
    {
        var fields = row.Split(',', 3);
        var kind = fields[2].TrimStart('"').StartsWith(CsvRejectionSink.WarningPrefix, StringComparison.Ordinal) ? "warning" : "rejected";
        return $"{kind} {fields[0]} {fields[1]}";
    }

    /// <summary>A cell (after a line start or a comma) that starts as a spreadsheet formula.</summary>
    [GeneratedRegex("(^|,)[=+\\-@\\t]", RegexOptions.Multiline)]
    private static partial Regex FormulaCell();
}
