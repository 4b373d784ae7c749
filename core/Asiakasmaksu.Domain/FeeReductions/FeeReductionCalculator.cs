using System.Globalization;
using System.Text;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>
/// The fee-reduction calculation of Act 734/1992 11 § as seeds 001 and 002 describe it: accepted
/// net incomes minus accepted expenses minus the protected amount is what is left for the fees;
/// if nothing is left they are waived, if less than the fees they are reduced to it. Savings above
/// the limit refuse; flat health-care fees and service-voucher co-payments are never reduced.
/// Pure: the amounts of the application month's year come from the tariff configuration.
/// </summary>
public static class FeeReductionCalculator
{
    /// <summary>Calculates with the amounts configured for the application month's year.</summary>
    public static FeeReductionResult Calculate(FeeReductionApplication application, TariffBook tariffs)
    {
        var year = application.ApplicationDate.Year;
        return tariffs.Has(year)
            ? Calculate(application, tariffs.For(year).FeeReduction ?? FeeReductionAmounts.Unconfirmed)
            : new FeeReductionResult.CannotCalculate($"no tariff is configured for {Text(year)}, the year of the application month");
    }

    /// <summary>Calculates with <paramref name="amounts"/> (those of the application month's year).</summary>
    public static FeeReductionResult Calculate(FeeReductionApplication application, FeeReductionAmounts amounts)
    {
        if (Invalid(application) is { } problem)
        {
            return new FeeReductionResult.CannotCalculate(problem);
        }

        var year = Text(application.ApplicationDate.Year);
        var lines = new List<CalculationLine>();
        var income = Money.Zero;
        foreach (var item in application.Incomes)
        {
            lines.Add(new CalculationLine($"income.{Snake(item.Kind.ToString())}.{Member(item.Member)}", $"{Words(item.Kind.ToString())} ({Member(item.Member)})", item.Monthly));
            income += item.Monthly;
        }

        lines.Add(new CalculationLine("income.total", "Net income a month", income));

        if (Protected(application, amounts) is not { } protectedAmount)
        {
            return new FeeReductionResult.CannotCalculate($"the protected amount for {year} ({ProtectedName(application)}) is unconfirmed: set it under feeReduction for {year} in the tariff configuration");
        }

        if (Expenses(application, amounts, lines) is not { } expenses)
        {
            return new FeeReductionResult.CannotCalculate($"the annual medicine ceiling for {year} is unconfirmed: set feeReduction.annualMedicineCeiling for {year} in the tariff configuration");
        }

        lines.Add(new CalculationLine("protected", $"Protected amount: {ProtectedName(application)}", protectedAmount.Amount));
        var capacity = income - expenses - protectedAmount.Amount;
        lines.Add(new CalculationLine("capacity", "Left for client fees (income − expenses − protected amount)", capacity));

        var limit = application.Household == Household.Single ? amounts.SavingsLimitSingle : amounts.SavingsLimitCouple;
        lines.Add(new CalculationLine("savings", "Savings and quickly realisable assets", application.Savings));
        if (application.Savings > limit)
        {
            var whose = application.Household == Household.Single ? "a single applicant" : "a couple";
            return new FeeReductionResult.Refused($"savings of {application.Savings} € exceed the limit of {limit} € for {whose}: fees are as a rule not reduced", [.. lines]);
        }

        return Decide(application, capacity, lines);
    }

    private static FeeReductionResult Decide(FeeReductionApplication application, Money capacity, List<CalculationLine> lines)
    {
        var reducible = new List<FeeInQuestion>();
        for (var i = 0; i < application.Fees.Count; i++)
        {
            var fee = application.Fees[i];
            if (fee.Kind is FeeKind.FlatHealthCare or FeeKind.ServiceVoucherCoPayment)
            {
                lines.Add(new CalculationLine($"fee.{i + 1}.not_reducible", $"{fee.Service}: {Words(fee.Kind.ToString()).ToLowerInvariant()} fee, cannot be reduced", fee.Monthly));
                continue;
            }

            lines.Add(new CalculationLine($"fee.{i + 1}", $"{fee.Service}: monthly fee", fee.Monthly));
            reducible.Add(fee);
        }

        if (reducible.Count == 0)
        {
            return new FeeReductionResult.Refused("flat health-care fees (outpatient clinic, oral care, serial treatment) and service-voucher co-payments cannot be reduced or waived (Act 734/1992 11 §)", [.. lines]);
        }

        var total = reducible.Aggregate(Money.Zero, (sum, f) => sum + f.Monthly);
        lines.Add(new CalculationLine("fees.total", "Fees that may be reduced, a month", total));
        if (capacity >= total)
        {
            return new FeeReductionResult.Refused($"the calculation leaves {capacity} € a month, enough for the fees of {total} €: collecting them does not endanger the client's livelihood", [.. lines]);
        }

        // The amount left goes to the fees in the order given; the rest of each fee is not collected.
        var left = Money.Max(Money.Zero, capacity);
        var period = ReductionPeriod.For(application.ApplicationDate, application.MonthsApplied);
        var fees = new List<ReducedFee>();
        foreach (var fee in reducible)
        {
            var now = Money.Min(fee.Monthly, left);
            left -= now;
            fees.Add(new ReducedFee(fee.Service, fee.Monthly, now));
            lines.Add(new CalculationLine($"decided.{fees.Count}", $"{fee.Service}: fee a month from {period.From:yyyy-MM-dd} through {period.Through:yyyy-MM-dd}", now));
        }

        return capacity.IsPositive
            ? new FeeReductionResult.Reduced(period, [.. fees], [.. lines])
            : new FeeReductionResult.Waived(period, [.. fees], [.. lines]);
    }

    /// <summary>Adds the expense lines; null when a medicine cap is needed but unconfirmed.</summary>
    private static Money? Expenses(FeeReductionApplication application, FeeReductionAmounts amounts, List<CalculationLine> lines)
    {
        var total = Money.Zero;
        foreach (var item in application.Expenses)
        {
            var member = Member(item.Member);
            if (item.Kind == ExpenseKind.NotAccepted)
            {
                lines.Add(new CalculationLine($"expense.not_accepted.{member}", $"Not accepted ({item.Description ?? "unnamed"}, {item.Monthly} €), not counted ({member})", Money.Zero));
                continue;
            }

            lines.Add(new CalculationLine($"expense.{Snake(item.Kind.ToString())}.{member}", $"{Words(item.Kind.ToString())} ({member})", item.Monthly));
            total += item.Monthly;
        }

        foreach (var group in application.Expenses.Where(e => e.Kind == ExpenseKind.PrescriptionMedicines).GroupBy(e => e.Member))
        {
            var medicines = group.Aggregate(Money.Zero, (sum, e) => sum + e.Monthly);
            if (amounts.AnnualMedicineCeiling is not { } annual)
            {
                return null;
            }

            // Named rounding point: a month's share of the annual medicine ceiling, to cents.
            var cap = Money.RoundToCents(annual.Euros / 12m);
            if (medicines > cap)
            {
                lines.Add(new CalculationLine($"expense.medicines_over_ceiling.{Member(group.Key)}", $"Medicines above the medicine ceiling ({annual} € a year, {cap} € a month), not counted ({Member(group.Key)})", medicines - cap));
                total -= medicines - cap;
            }
        }

        lines.Add(new CalculationLine("expenses.total", "Accepted expenses a month", total));
        return total;
    }

    private sealed record ProtectedAmount(Money Amount);

    /// <summary>
    /// The protected amount. Assumption (seed 001 gives only the single amounts): a couple at home
    /// keeps twice the spouse's basic amount; an applicant in service housing or an institution
    /// with a spouse keeps the arrangement's minimum plus the single basic amount for the spouse at home.
    /// </summary>
    private static ProtectedAmount? Protected(FeeReductionApplication application, FeeReductionAmounts amounts)
    {
        var couple = application.Household == Household.Couple;
        var own = application.Arrangement switch
        {
            LivingArrangement.Home => couple ? Twice(amounts.BasicAmountSpouse) : amounts.BasicAmountSingle,
            LivingArrangement.ServiceHousing => amounts.MinimumDisposableServiceHousing,
            _ => amounts.MinimumDisposableInstitution,
        };
        if (own is not { } amount)
        {
            return null;
        }

        if (couple && application.Arrangement != LivingArrangement.Home)
        {
            return amounts.BasicAmountSingle is { } spouse ? new ProtectedAmount(amount + spouse) : null;
        }

        return new ProtectedAmount(amount);

        static Money? Twice(Money? m) => m is { } v ? v + v : null;
    }

    private static string ProtectedName(FeeReductionApplication application) => (application.Arrangement, application.Household) switch
    {
        (LivingArrangement.Home, Household.Single) => "basic amount of social assistance, person living alone",
        (LivingArrangement.Home, _) => "basic amount of social assistance, two spouses",
        (LivingArrangement.ServiceHousing, Household.Single) => "minimum disposable amount in service housing",
        (LivingArrangement.ServiceHousing, _) => "minimum disposable amount in service housing + basic amount of the spouse at home",
        (_, Household.Single) => "minimum disposable amount in an institution",
        _ => "minimum disposable amount in an institution + basic amount of the spouse at home",
    };

    private static string? Invalid(FeeReductionApplication a)
    {
        if (a.MonthsApplied < 1)
        {
            return "the application must cover at least one month";
        }

        if (a.Fees.Count == 0)
        {
            return "the application names no fee to reduce";
        }

        if (a.Fees.FirstOrDefault(f => !f.Monthly.IsPositive || string.IsNullOrWhiteSpace(f.Service)) is { } fee)
        {
            return $"every fee needs a service and a monthly amount above zero (\"{fee.Service}\" {fee.Monthly} €)";
        }

        if (a.Incomes.Any(i => i.Monthly.IsNegative) || a.Expenses.Any(e => e.Monthly.IsNegative) || a.Savings.IsNegative)
        {
            return "incomes, expenses and savings cannot be negative";
        }

        return a.Household == Household.Single && (a.Incomes.Any(i => i.Member == HouseholdMember.Spouse) || a.Expenses.Any(e => e.Member == HouseholdMember.Spouse))
            ? "a single applicant's calculation cannot have a spouse's incomes or expenses"
            : null;
    }

    private static string Member(HouseholdMember member) => member == HouseholdMember.Applicant ? "applicant" : "spouse";

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"PrescriptionMedicines" → "prescription_medicines".</summary>
    private static string Snake(string pascal) => Split(pascal, '_').ToLowerInvariant();

    /// <summary>"PrescriptionMedicines" → "Prescription medicines".</summary>
    private static string Words(string pascal)
    {
        var words = Split(pascal, ' ');
        return words[..1] + words[1..].ToLowerInvariant();
    }

    private static string Split(string pascal, char separator)
    {
        var text = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(separator);
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
