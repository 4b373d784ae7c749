namespace Asiakasmaksu.Application.Import;

/// <summary>Which rows a <see cref="CsvRejectionSink"/> writes.</summary>
[Flags]
public enum CsvReportRows
{
    /// <summary>Rejected lines.</summary>
    Rejections = 1,

    /// <summary>Warnings about lines that were imported.</summary>
    Warnings = 2,

    /// <summary>Both: the error report of one file.</summary>
    All = Rejections | Warnings,
}
