namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// Where a recipient takes e-invoices (verkkolasku, Finvoice): the e-invoice address their bank
/// or operator gave them and the identifier of that intermediator (an operator's OVT code or a
/// bank's BIC). Personal data: never logged.
/// </summary>
/// <param name="Address">The recipient's e-invoice address (2–35 letters and digits, upper case).</param>
/// <param name="Intermediator">The intermediator (operator) serving the address: an OVT code or a BIC, upper case.</param>
public sealed record EInvoiceAddress(string Address, string Intermediator);
