using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Ceiling;
using static Asiakasmaksu.Domain.Tests.Billing.BillingFiles;

namespace Asiakasmaksu.Domain.Tests.Billing;

/// <summary>The optional ceiling columns service_category, days and ceiling_holder_id (docs/billing-file.md).</summary>
public class CeilingColumnTests
{
    private static readonly string[] WithCeilingColumns = [.. Columns, "service_category", "days", "ceiling_holder_id"];

    public static TheoryData<string, string, string, string, string> Faults => new()
    {
        // service_category, days, ceiling_holder_id, column reported, reason
        { "respite", "", "", "service_category", "unknown service category: use ordinary or short_term_institutional_care" },
        { "Ordinary", "", "", "service_category", "unknown service category: use ordinary or short_term_institutional_care" },
        { "short_term_institutional_care", "", "", "days", "missing field: short_term_institutional_care needs its care days" },
        { "short_term_institutional_care", "0", "", "days", "days must be a whole number from 1 to 366" },
        { "short_term_institutional_care", "2.5", "", "days", "days must be a whole number from 1 to 366" },
        { "short_term_institutional_care", "-3", "", "days", "days must be a whole number from 1 to 366" },
        { "short_term_institutional_care", "3", "", "days", "the care days run past 31 December of the service date's year: split the stay at the year's end" },
        { "ordinary", "3", "", "days", "days are given only for short_term_institutional_care" },
        { "", "1", "", "days", "days are given only for short_term_institutional_care" },
        { "", "", new string('g', 65), "ceiling_holder_id", "longer than 64 characters" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void EachCeilingRule_RejectsWithLineColumnAndReason(string category, string days, string holder, string column, string reason)
    {
        var bad = Line(("line_id", "L2"), ("service_date", "2024-12-30"), ("service_category", category), ("days", days), ("ceiling_holder_id", holder));
        var text = Csv([Line(("line_id", "L1")), bad], columns: WithCeilingColumns);

        var records = Read(text).Records;

        Assert.IsType<BillingRecord.Accepted>(records[0]);
        Assert.Equal(new LineRejection(3, column, reason, "C1"), Assert.IsType<BillingRecord.Rejected>(records[1]).Rejection);
    }

    [Fact]
    public void GivenACareStayEndingOn31December_ItIsAcceptedWithItsDays()
    {
        var text = Csv([Line(("service_date", "2024-12-29"), ("service_category", "short_term_institutional_care"), ("days", "3"))], columns: WithCeilingColumns);

        var line = SingleAccepted(text);

        Assert.Equal(ServiceCategory.ShortTermInstitutionalCare, line.Category);
        Assert.Equal(3, line.Days);
        Assert.Equal("C1", line.CeilingHolder);
    }

    [Fact]
    public void GivenAGuardianLink_TheLineCountsTowardTheGuardiansCeiling()
    {
        var line = SingleAccepted(Csv([Line(("client_id", "CHILD"), ("ceiling_holder_id", "MOTHER"))], columns: WithCeilingColumns));

        Assert.Equal("CHILD", line.ClientId);
        Assert.Equal("MOTHER", line.CeilingHolder);
        Assert.Equal(ServiceCategory.Ordinary, line.Category);
        Assert.Equal(0, line.Days);
    }

    [Fact]
    public void WithoutTheCeilingColumns_TheHashIsTheSameAsWithThemEmptyOrOrdinary()
    {
        var plain = SingleAccepted(Csv([Line()]));
        var empty = SingleAccepted(Csv([Line()], columns: WithCeilingColumns));
        var ordinary = SingleAccepted(Csv([Line(("service_category", "ordinary"))], columns: WithCeilingColumns));

        Assert.Equal(plain.ContentHash, empty.ContentHash);
        Assert.Equal(plain.ContentHash, ordinary.ContentHash);
    }

    [Theory]
    [InlineData("service_category", "short_term_institutional_care", "days", "2")]
    [InlineData("ceiling_holder_id", "MOTHER", "days", "")]
    public void TheCeilingColumns_ArePartOfTheContentHash(string column, string value, string otherColumn, string otherValue)
    {
        var plain = SingleAccepted(Csv([Line()], columns: WithCeilingColumns));
        var changed = SingleAccepted(Csv([Line((column, value), (otherColumn, otherValue))], columns: WithCeilingColumns));

        Assert.NotEqual(plain.ContentHash, changed.ContentHash);
    }

    [Fact]
    public void TheCareDays_ArePartOfTheContentHash()
    {
        var two = SingleAccepted(Csv([Line(("service_category", "short_term_institutional_care"), ("days", "2"))], columns: WithCeilingColumns));
        var three = SingleAccepted(Csv([Line(("service_category", "short_term_institutional_care"), ("days", "3"))], columns: WithCeilingColumns));

        Assert.NotEqual(two.ContentHash, three.ContentHash);
    }
}
