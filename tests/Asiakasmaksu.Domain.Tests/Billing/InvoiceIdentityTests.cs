using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Domain.Tests.Billing;

public class InvoiceIdentityTests
{
    [Fact]
    public void SameBatchAndClient_SameId() =>
        Assert.Equal(InvoiceIdentity.For("2026-03 kotihoito", "C-1001"), InvoiceIdentity.For("2026-03 kotihoito", "C-1001"));

    [Fact]
    public void OtherClient_OtherId_SameBatchKey()
    {
        var a = InvoiceIdentity.For("2026-03 kotihoito", "C-1001");
        var b = InvoiceIdentity.For("2026-03 kotihoito", "C-1002");
        Assert.NotEqual(a, b);
        Assert.Equal(InvoiceIdentity.BatchKeyOf(a), InvoiceIdentity.BatchKeyOf(b));
        Assert.Equal(InvoiceIdentity.BatchKey("2026-03 kotihoito"), InvoiceIdentity.BatchKeyOf(a));
    }

    [Fact]
    public void SameClientInAnotherBatch_OtherId() =>
        Assert.NotEqual(InvoiceIdentity.For("2026-03", "C-1"), InvoiceIdentity.For("2026-04", "C-1"));

    [Fact]
    public void Format_IsBase32WithADash() =>
        Assert.Matches("^[a-z2-7]{8}-[a-z2-7]{16}$", InvoiceIdentity.For("b", "c").Value);

    [Fact]
    public void SeparatorPreventsAmbiguity() =>
        Assert.NotEqual(InvoiceIdentity.For("ab", "c"), InvoiceIdentity.For("a", "bc"));
}
