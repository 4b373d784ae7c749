namespace Asiakasmaksu.Application.Import;

/// <summary>One slice of a billing file's import (<see cref="ImportBillingFile.ImportSliceAsync"/>).</summary>
/// <param name="FileName">The file in the billing container.</param>
/// <param name="ImportKey">Names this import's report parts (the file's name and version hashed): two versions of a file never share one.</param>
/// <param name="Slice">The slice's number, from 0: its report part's number.</param>
/// <param name="Window">Which invoices it creates.</param>
public sealed record BillingSliceRequest(string FileName, string ImportKey, int Slice, ImportWindow Window);
