using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Tests.Deferrals;

/// <summary>The instant a deferral request expires: the start of the Helsinki day after its last day.</summary>
public sealed class DecisionDeadlineTests
{
    [Fact]
    public void GivenLastDayInWinter_ThenDeadlineIsMidnightHelsinkiAsUtcPlusTwo()
    {
        var request = Request(expiresOn: new DateOnly(2026, 3, 9));

        var deadline = DeferralApprovals.DecisionDeadline(request);

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 22, 0, 0, TimeSpan.Zero), deadline.ToUniversalTime());
    }

    [Fact]
    public void GivenLastDayInSummer_ThenDeadlineIsMidnightHelsinkiAsUtcPlusThree()
    {
        var request = Request(expiresOn: new DateOnly(2026, 6, 10));

        var deadline = DeferralApprovals.DecisionDeadline(request);

        Assert.Equal(new DateTimeOffset(2026, 6, 10, 21, 0, 0, TimeSpan.Zero), deadline.ToUniversalTime());
    }

    [Fact]
    public void GivenRequestBeforeEaster_ThenTheHolidaysDoNotCountAndItExpiresAfterTheFifthBankDay()
    {
        // Requested Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are bank holidays,
        // so the bank days are 7, 8, 9, 10 and 13 April, and the request expires as Tuesday 14 April begins.
        var requestedOn = new DateOnly(2026, 4, 2);
        var request = Request(expiresOn: FinnishBankCalendar.AddBankDays(requestedOn, DeferralApprovals.DecisionBankDays));

        var deadline = DeferralApprovals.DecisionDeadline(request);

        Assert.Equal(new DateOnly(2026, 4, 13), request.ExpiresOn);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 0, 0, 0, TimeSpan.FromHours(3)), deadline);
    }

    private static DeferralRequest Request(DateOnly expiresOn) => new(
        "dr-0001", new InvoiceId("k3jqz7ma-5ee2ytd4bn3wq6rf"), "client-1", new DateOnly(2026, 9, 1), "hospital stay",
        new Actor("team-anna", StaffRole.Team), new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), expiresOn, "pending", null, null, null);
}
