using System.Collections.Frozen;
using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffApi.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// Reads the body of <c>POST /api/clients/{clientId}/fee-reductions</c> into a
/// <see cref="FeeReductionApplication"/>; every problem is a 400 naming the field with its path
/// (e.g. <c>incomes[1].kind</c>). Kinds are the snake_case names of the domain's enums
/// (<c>pension</c>, <c>prescription_medicines</c>, <c>social_care</c>, <c>service_housing</c>).
/// </summary>
public static class FeeReductionRequests
{
    /// <summary>The body's fields: the members of the contract's <see cref="FeeReductionApplicationBody"/>.</summary>
    public static readonly IReadOnlyCollection<string> Fields = StaffApiJson.MembersOf<FeeReductionApplicationBody>();

    /// <summary>The most incomes, expenses or fees one application may list.</summary>
    public const int MaxItems = 50;

    /// <summary>The longest service code accepted.</summary>
    public const int MaxServiceCodeLength = 64;

    private static readonly FrozenDictionary<string, IncomeKind> Incomes = Names<IncomeKind>();
    private static readonly FrozenDictionary<string, ExpenseKind> Expenses = Names<ExpenseKind>();
    private static readonly FrozenDictionary<string, FeeKind> FeeKinds = Names<FeeKind>();
    private static readonly FrozenDictionary<string, Household> Households = Names<Household>();
    private static readonly FrozenDictionary<string, LivingArrangement> Arrangements = Names<LivingArrangement>();
    private static readonly FrozenDictionary<string, HouseholdMember> Members = Names<HouseholdMember>();

    /// <summary>The application and the decider's note (for the audit trail) in <paramref name="f"/>.</summary>
    public static (FeeReductionApplication Application, string Reason) Read(JsonFields f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var household = Households[f.Choice("household", Households.Keys)];
        var incomes = f.OptionalObjects("incomes", MaxItems, StaffApiJson.MembersOf<IncomeBody>())
            .Select(i => new IncomeItem(Incomes[i.Choice("kind", Incomes.Keys)], Member(i, household), i.AmountOrZero("monthly")))
            .ToList();
        var expenses = f.OptionalObjects("expenses", MaxItems, StaffApiJson.MembersOf<ExpenseBody>())
            .Select(e => new ExpenseItem(Expenses[e.Choice("kind", Expenses.Keys)], Member(e, household), e.AmountOrZero("monthly"), e.OptionalText("description")))
            .ToList();
        var fees = f.Objects("fees", MaxItems, StaffApiJson.MembersOf<FeeBody>())
            .Select(x => new FeeInQuestion(ServiceCode(x), FeeKinds[x.Choice("kind", FeeKinds.Keys)], x.Amount("monthly")))
            .ToList();
        var application = new FeeReductionApplication(
            f.Date("applicationDate"),
            f.Int("monthsApplied", 1, ReductionPeriod.MaxMonths),
            household,
            Arrangements[f.Choice("livingArrangement", Arrangements.Keys)],
            ValueList.From(incomes),
            ValueList.From(expenses),
            f.AmountOrZero("savings"),
            ValueList.From(fees));
        return (application, f.Text("reason"));
    }

    /// <summary>The snake_case name of an enum value (e.g. <c>PrescriptionMedicines</c> → <c>prescription_medicines</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var pascal = value.ToString();
        var text = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static HouseholdMember Member(JsonFields item, Household household)
    {
        var member = Members[item.Choice("member", Members.Keys)];
        return member == HouseholdMember.Spouse && household == Household.Single
            ? throw new BadRequest(item.Path("member"), $"{item.Path("member")} is spouse, but household is single; send household couple to count a spouse's incomes and expenses.")
            : member;
    }

    private static string ServiceCode(JsonFields fee)
    {
        var code = fee.Text("serviceCode");
        return code.Length <= MaxServiceCodeLength && !code.Any(char.IsWhiteSpace)
            ? code
            : throw new BadRequest(fee.Path("serviceCode"), $"{fee.Path("serviceCode")} must be the billing file's service code: 1–{MaxServiceCodeLength} characters without spaces.");
    }

    private static FrozenDictionary<string, T> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToFrozenDictionary(Name, v => v, StringComparer.Ordinal);
}
