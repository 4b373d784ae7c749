using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Store;

/// <summary>An entry of the schedule index: the invoice wakes up on <paramref name="Day"/>.</summary>
/// <param name="Id">The invoice.</param>
/// <param name="Day">The day.</param>
public sealed record WakeUp(InvoiceId Id, DateOnly Day);
