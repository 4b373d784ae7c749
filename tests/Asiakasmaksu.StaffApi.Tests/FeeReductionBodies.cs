using System.Text.Json.Nodes;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// Fee-reduction applications as the API takes them, on seed 001's 2020 amounts (basic amount
/// 502.21 €): a single pensioner at home, pension 1 250.00 € and a Kela benefit 180.00 €, accepted
/// expenses 760.00 € (a hobby of 25 € is not accepted), savings 1 200.00 €; 1 430.00 − 760.00 −
/// 502.21 = 167.79 € a month is left for the 310.40 € home-care fee (KOTIHOITO). Applied on
/// 17.3.2020 for 12 months: 1.3.2020–28.2.2021.
/// </summary>
internal static class FeeReductionBodies
{
    public static JsonObject Pensioner(decimal pension = 1250.00m, string savings = "1200.00", string applicationDate = "2020-03-17") => new()
    {
        ["applicationDate"] = applicationDate,
        ["monthsApplied"] = 12,
        ["household"] = "single",
        ["livingArrangement"] = "home",
        ["incomes"] = new JsonArray(
            new JsonObject { ["kind"] = "pension", ["member"] = "applicant", ["monthly"] = pension.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) },
            new JsonObject { ["kind"] = "benefit", ["member"] = "applicant", ["monthly"] = 180.00m }),
        ["expenses"] = new JsonArray(
            new JsonObject { ["kind"] = "rent", ["member"] = "applicant", ["monthly"] = "620.00" },
            new JsonObject { ["kind"] = "electricity", ["member"] = "applicant", ["monthly"] = "35.00" },
            new JsonObject { ["kind"] = "water", ["member"] = "applicant", ["monthly"] = "20.00" },
            new JsonObject { ["kind"] = "safety_phone", ["member"] = "applicant", ["monthly"] = "30.00" },
            new JsonObject { ["kind"] = "home_insurance", ["member"] = "applicant", ["monthly"] = "15.00" },
            new JsonObject { ["kind"] = "prescription_medicines", ["member"] = "applicant", ["monthly"] = "40.00" },
            new JsonObject { ["kind"] = "not_accepted", ["member"] = "applicant", ["monthly"] = "25.00", ["description"] = "hobby" }),
        ["savings"] = savings,
        ["fees"] = new JsonArray(
            new JsonObject { ["serviceCode"] = "KOTIHOITO", ["kind"] = "social_care", ["monthly"] = "310.40" },
            new JsonObject { ["serviceCode"] = "POLIKLINIKKA", ["kind"] = "flat_health_care", ["monthly"] = "41.80" }),
        ["reason"] = "application of 17.3.2020 with its attachments",
    };
}
