namespace Asiakasmaksu.Domain.Invoices;

/// <summary>A name and postal address (personal data: never logged).</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Street">Street address.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">Post office.</param>
public sealed record PostalAddress(string Name, string Street, string PostalCode, string City);
