using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.StaffApi.Contract.Requests;

namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// What the fee-reduction form holds, as typed: the application's figures (incomes, expenses and fees as
/// rows). It becomes the domain's <see cref="FeeReductionApplication"/> (for the calculation shown before
/// deciding, by the same <see cref="FeeReductionCalculator"/> the API runs) and the contract's
/// <see cref="FeeReductionApplicationBody"/> (sent); kinds are the snake_case names of the domain's enums.
/// </summary>
public sealed class ReductionForm
{
    /// <summary>The day the application arrived, as typed.</summary>
    public string ApplicationDate { get; set; } = string.Empty;

    /// <summary>For how many months, as typed (1–12).</summary>
    public string Months { get; set; } = "12";

    /// <summary>single or couple.</summary>
    public string Household { get; set; } = "single";

    /// <summary>home, service_housing or institution.</summary>
    public string Living { get; set; } = "home";

    /// <summary>Savings in euros, as typed.</summary>
    public string Savings { get; set; } = "0";

    /// <summary>The decider's note.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Monthly net incomes.</summary>
    public List<Row> Incomes { get; } = [new() { Kind = "pension" }];

    /// <summary>Monthly expenses.</summary>
    public List<Row> Expenses { get; } = [new() { Kind = "rent" }];

    /// <summary>The fees in question, in the order the reduction applies to them.</summary>
    public List<Row> Fees { get; } = [new() { Kind = "social_care" }];

    /// <summary>The snake_case names of the income kinds.</summary>
    public static IReadOnlyList<string> IncomeKinds { get; } = Names<IncomeKind>();

    /// <summary>The snake_case names of the expense kinds.</summary>
    public static IReadOnlyList<string> ExpenseKinds { get; } = Names<ExpenseKind>();

    /// <summary>The snake_case names of the fee kinds.</summary>
    public static IReadOnlyList<string> FeeKinds { get; } = Names<FeeKind>();

    /// <summary>The application as the domain reads it, or null while a figure cannot be read.</summary>
    public FeeReductionApplication? Application()
    {
        if (FormValues.Date(ApplicationDate) is not { } date || MonthsApplied() is not { } months || FormValues.Euros(Savings, allowZero: true) is not { } savings)
        {
            return null;
        }

        var incomes = Incomes.Select(r => FormValues.Euros(r.Monthly, allowZero: true) is { } m ? new IncomeItem(Parse<IncomeKind>(r.Kind), Parse<HouseholdMember>(r.Member), Money.Of(m)) : null).ToList();
        var expenses = Expenses.Select(r => FormValues.Euros(r.Monthly, allowZero: true) is { } m ? new ExpenseItem(Parse<ExpenseKind>(r.Kind), Parse<HouseholdMember>(r.Member), Money.Of(m), Text(r.Description)) : null).ToList();
        var fees = Fees.Select(r => FormValues.Euros(r.Monthly) is { } m && !string.IsNullOrWhiteSpace(r.Service) ? new FeeInQuestion(r.Service.Trim(), Parse<FeeKind>(r.Kind), Money.Of(m)) : null).ToList();
        if (incomes.Contains(null) || expenses.Contains(null) || fees.Contains(null) || fees.Count == 0)
        {
            return null;
        }

        return new FeeReductionApplication(
            date,
            months,
            Parse<Household>(Household),
            Parse<LivingArrangement>(Living),
            ValueList.From(incomes.OfType<IncomeItem>()),
            ValueList.From(expenses.OfType<ExpenseItem>()),
            Money.Of(savings),
            ValueList.From(fees.OfType<FeeInQuestion>()));
    }

    /// <summary>The body sent for <paramref name="application"/> with the decider's note.</summary>
    public FeeReductionApplicationBody Body(FeeReductionApplication application) => new(
        application.ApplicationDate,
        application.MonthsApplied,
        Household,
        Living,
        [.. application.Incomes.Select(i => new IncomeBody(Name(i.Kind), Name(i.Member), i.Monthly.Euros))],
        [.. application.Expenses.Select(e => new ExpenseBody(Name(e.Kind), Name(e.Member), e.Monthly.Euros, e.Description))],
        application.Savings.Euros,
        [.. application.Fees.Select(f => new FeeBody(f.Service, Name(f.Kind), f.Monthly.Euros))],
        Reason.Trim());

    /// <summary>The months as a whole number 1–12, or null.</summary>
    public int? MonthsApplied() => int.TryParse(Months.Trim(), out var m) && m is >= 1 and <= ReductionPeriod.MaxMonths ? m : null;

    /// <summary>The snake_case name of an enum value (<c>PrescriptionMedicines</c> → <c>prescription_medicines</c>), as the API reads kinds.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = new StringBuilder();
        foreach (var c in value.ToString())
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static T Parse<T>(string name)
        where T : struct, Enum =>
        Enum.GetValues<T>().First(v => Name(v) == name);

    private static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(Name)];

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A row of incomes, expenses or fees, as typed.</summary>
    public sealed class Row
    {
        /// <summary>The kind's snake_case name.</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>applicant or spouse (incomes and expenses).</summary>
        public string Member { get; set; } = "applicant";

        /// <summary>Euros a month, as typed.</summary>
        public string Monthly { get; set; } = string.Empty;

        /// <summary>What an expense not accepted is.</summary>
        public string Description { get; set; } = string.Empty;

        /// <summary>The fee's service code.</summary>
        public string Service { get; set; } = string.Empty;
    }
}
