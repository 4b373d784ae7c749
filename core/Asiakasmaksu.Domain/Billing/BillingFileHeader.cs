namespace Asiakasmaksu.Domain.Billing;

/// <summary>What a billing file's header row says.</summary>
/// <param name="Delimiter">The field delimiter: ';' or ','.</param>
/// <param name="Columns">The header's column names as written (trimmed), in file order.</param>
/// <param name="UnknownColumns">Columns the format does not know, each listed once in file order; they are ignored.</param>
public sealed record BillingFileHeader(char Delimiter, IReadOnlyList<string> Columns, IReadOnlyList<string> UnknownColumns);
