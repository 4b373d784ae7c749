using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

public class InvoiceReferencesTests
{
    [Fact]
    public void NationalFor_IsTwentyDigitsStartingWithOne_AndValid()
    {
        var reference = InvoiceReferences.NationalFor(InvoiceIdentity.For("2026-03 kotihoito", "C-1001"));
        Assert.Matches("^1[0-9]{19}$", reference);
        Assert.True(NationalReference.IsValid(reference));
    }

    [Fact]
    public void NationalFor_FixedVector()
    {
        // SHA-256("k3jqz7ma-5ee2ytd4bn3wq6rf") read as described in InvoiceReferences; pinned so
        // that a change of the formula (which would change every printed reference) is seen.
        Assert.Equal(Pinned, InvoiceReferences.NationalFor(new InvoiceId("k3jqz7ma-5ee2ytd4bn3wq6rf")));
    }

    // Computed independently with Python: hashlib.sha256(...).digest()[:8], big-endian, mod 10**18.
    private const string Pinned = "16943743994276775803";

    [Fact]
    public void CreditorFor_IsTheRfFormOfTheNationalReference()
    {
        var id = InvoiceIdentity.For("2026-03 kotihoito", "C-1001");
        Assert.Equal(CreditorReference.FromNational(InvoiceReferences.NationalFor(id)), InvoiceReferences.CreditorFor(id));
        Assert.True(CreditorReference.IsValid(InvoiceReferences.CreditorFor(id)));
    }

    [Fact]
    public void Property_SameIdSameReference_DifferentIdsDiffer() =>
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 20], Gen.String[Gen.Char.AlphaNumeric, 1, 20], Gen.String[Gen.Char.AlphaNumeric, 1, 20])
            .Sample((batch, a, b) =>
            {
                var ra = InvoiceReferences.NationalFor(InvoiceIdentity.For(batch, a));
                var rb = InvoiceReferences.NationalFor(InvoiceIdentity.For(batch, b));
                return NationalReference.IsValid(ra)
                    && ra == InvoiceReferences.NationalFor(InvoiceIdentity.For(batch, a))
                    && (a == b) == (ra == rb)
                    && VirtualBarcode.TryParse(VirtualBarcode.Create("FI37 1590 3000 0007 76", Money.Of(10m), ra, null), out _)
                    && VirtualBarcode.TryParse(VirtualBarcode.Create("FI37 1590 3000 0007 76", Money.Of(10m), CreditorReference.FromNational(ra), null), out _);
            });
}
