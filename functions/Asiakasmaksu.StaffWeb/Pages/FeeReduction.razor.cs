using System.Text.Json;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// A fee-reduction application (asiakasmaksun alentaminen, 734/1992 11 §), decided by a supervisor or director.
/// The form takes the application's figures and shows the calculation line by line as they are typed, made in
/// the browser by the domain's <see cref="FeeReductionCalculator"/> (the code the API decides with) on the
/// tariffs built into the domain; the decision then shows the API's own calculation. Sent with an
/// Idempotency-Key kept for retries of the same application (the decision id comes from it).
/// </summary>
public sealed partial class FeeReduction
{
    private static readonly string[] Households = ["single", "couple"];
    private static readonly string[] Arrangements = ["home", "service_housing", "institution"];
    private readonly ReductionForm form = new();
    private readonly ChangeKey key = new();
    private FeeReductionDecisionView? decision;
    private ApiResult<FeeReductionDecisionView>? refusal;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The client who applied.</summary>
    [Parameter] public string ClientId { get; set; } = string.Empty;

    private static string SavingsSingle => FeeReductionAmounts.Unconfirmed.SavingsLimitSingle.ToString();

    private static string SavingsCouple => FeeReductionAmounts.Unconfirmed.SavingsLimitCouple.ToString();

    private bool MayDecide => Session.Role is "supervisor" or "director";

    private bool Couple => form.Household == "couple";

    /// <summary>The calculation of the figures as typed, or null while one cannot be read.</summary>
    private CalculationView? Preview => form.Application() is { } application
        ? CalculationView.Of(FeeReductionCalculator.Calculate(application, DefaultTariffs.Load()))
        : null;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusOutcome)
        {
            focusOutcome = false;
            await outcomeBox.FocusAsync();
        }
    }

    private async Task SubmitAsync()
    {
        refusal = null;
        var found = Validate();
        var application = form.Application();
        if (found.Count == 0 && application is not null && Preview is { Result: "cannot_calculate" } cannot)
        {
            found.Add(new FieldError("applicationDate", T["Red.NoCalculation"], cannot.Reason));
        }

        errors = found;
        if (found.Count > 0 || application is null)
        {
            return;
        }

        var body = form.Body(application);
        busy = true;
        try
        {
            var sent = await Api.DecideFeeReductionAsync(ClientId, body, key.For(JsonSerializer.Serialize(body, StaffApiJson.Default.FeeReductionApplicationBody)));
            if (sent.Ok)
            {
                (decision, errors, focusOutcome) = (sent.Value!, [], true);
                return;
            }

            if (sent.Status == 400 && sent.Problem?.Field is { } field && Known(field))
            {
                errors = [new FieldError(field, T.ApiLead(400), sent.Problem.Detail)];
            }
            else
            {
                refusal = sent;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private static bool Known(string field) => field is "applicationDate" or "reason" or "savings";

    private List<FieldError> Validate()
    {
        var found = new List<FieldError>();
        if (FormValues.Date(form.ApplicationDate) is not { } date)
        {
            found.Add(new FieldError("applicationDate", T["Deferral.DateFormat"]));
        }
        else if (Session.Today is { } today && date > today)
        {
            found.Add(new FieldError("applicationDate", T.Format("Red.DateFuture", Texts.Date(today))));
        }

        if (form.MonthsApplied() is null)
        {
            found.Add(new FieldError("months", T["Red.MonthsError"]));
        }

        Rows(found, "income", form.Incomes, allowZero: true);
        Rows(found, "expense", form.Expenses, allowZero: true);
        if (FormValues.Euros(form.Savings, allowZero: true) is null)
        {
            found.Add(new FieldError("savings", T["Red.AmountError"]));
        }

        if (form.Fees.Count == 0)
        {
            found.Add(new FieldError("fee-add", T["Red.NoFees"]));
        }

        for (var i = 0; i < form.Fees.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(form.Fees[i].Service) || form.Fees[i].Service.Trim().Any(char.IsWhiteSpace))
            {
                found.Add(new FieldError($"fee-service-{i + 1}", T.Format("Red.ServiceError", i + 1)));
            }
        }

        Rows(found, "fee", form.Fees, allowZero: false);
        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            found.Add(new FieldError("reason", T["Deferral.ReasonMissing"]));
        }

        return found;
    }

    private void Rows(List<FieldError> found, string prefix, List<ReductionForm.Row> rows, bool allowZero)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (FormValues.Euros(rows[i].Monthly, allowZero) is null)
            {
                found.Add(new FieldError($"{prefix}-monthly-{i + 1}", T.Format(allowZero ? "Red.RowAmountError" : "Red.FeeAmountError", i + 1)));
            }
        }
    }

    private FieldError? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field);
}
