using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Issue 21, item 9: a payment cannot be dated before the invoice existed.</summary>
public class PaymentDateTests
{
    [Fact]
    public void GivenAnInvoiceOf20November_WhenAPaymentDated2020IsRecorded_ThenRefusedNamingBothDates()
    {
        var refused = Issue(D(2026, 11, 20)).Refuse(new C.RecordPayment(D(2026, 11, 25), "p1", D(2020, 1, 1), Money.Of(10m), By(StaffRole.Team)));

        Assert.Equal(RefusalKind.Invalid, refused.Kind);
        Assert.StartsWith("the payment date 2020-01-01 is before the invoice date 2026-11-20", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAnInvoice_WhenPaidOnItsInvoiceDate_ThenRecorded() =>
        Assert.NotEmpty(Issue(D(2026, 11, 20)).Accept(new C.RecordPayment(D(2026, 11, 25), "p1", D(2026, 11, 20), Money.Of(10m), By(StaffRole.Team))).Events);
}
