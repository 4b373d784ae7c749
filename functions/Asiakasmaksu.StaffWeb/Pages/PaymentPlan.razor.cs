using System.Globalization;
using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// The payment plan form: the balance today split into N installments that sum exactly to it
/// (<see cref="InstallmentSplit"/>: the cents left over on the first installments), due a month apart
/// on bank days, shown before sending with the signed-in role's limit: a team member at least two
/// installments, the last within 3 months of the later of today and the original due date; a
/// supervisor or director the last within 12 months of today.
/// </summary>
public sealed partial class PaymentPlan : ChangeForm
{
    /// <summary>Months from the agreement within which any plan's last installment falls (<see cref="InvoiceRules.MaxPlanMonths"/>).</summary>
    private const int MaxPlanMonths = 12;

    private DateOnly original;
    private DateOnly today;
    private DateOnly earliest;
    private string countText = "2";
    private string firstText = string.Empty;
    private string reason = string.Empty;

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> Fields => ["installments", "reason"];

    /// <summary>A team member's limit (the others' is any plan within <see cref="MaxLast"/>; an auditor's refusal is the API's).</summary>
    private (DateOnly From, DateOnly Last)? TeamLimit => Role == StaffRole.Team ? DeferralAuthority.PlanLimit(Role, original, today, MaxPlanMonths) : null;

    private DateOnly MaxLast => today.AddMonths(MaxPlanMonths);

    private string LimitText => DeferralAuthority.MaxMonths(Role) == 0
        ? T["Plan.NoAuthority"]
        : TeamLimit is { } limit
            ? T.Format("Plan.LimitTeam", T.Code("Role", Session.Role), Texts.Date(limit.Last), Texts.Date(limit.From))
            : T.Format("Plan.LimitSupervisor", T.Code("Role", Session.Role), Texts.Date(MaxLast));

    private int? Count => int.TryParse(countText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12 ? n : null;

    private DateOnly? First => ParseDate(firstText);

    private IReadOnlyList<(DateOnly DueDate, decimal Amount)>? Proposed =>
        Invoice is not null && Count is { } n && First is { } first && decimal.TryParse(Invoice.BalanceToday.Total, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var total)
            ? InstallmentSplit.Of(total, n, first)
            : null;

    /// <inheritdoc />
    protected override void Show(InvoiceDetails details)
    {
        base.Show(details);
        today = Session.Today ?? details.InvoiceDate;
        var current = details.DueDate ?? today;
        original = details.Timeline.FirstOrDefault(e => e.Type == "invoiced") is { } issued && ParseDate(issued.Text("dueDate")) is { } o ? o : current;
        earliest = FinnishBankCalendar.IsBankDay(today) ? today : FinnishBankCalendar.NextBankDay(today);
        if (firstText.Length == 0)
        {
            var suggested = today.AddMonths(1);
            firstText = Texts.Date(FinnishBankCalendar.IsBankDay(suggested) ? suggested : FinnishBankCalendar.NextBankDay(suggested));
        }
    }

    /// <inheritdoc />
    protected override Task SubmitAsync()
    {
        var plan = Proposed ?? [];
        var body = new PaymentPlanBody([.. plan.Select(i => new InstallmentBody(i.DueDate, i.Amount))], reason.Trim());
        var what = string.Join(';', plan.Select(i => $"{i.DueDate:yyyy-MM-dd}={i.Amount}")) + "|" + body.Reason;
        return SendAsync(what, (key, version) => Api.AgreePlanAsync(InvoiceId, body, version, key), state =>
            (T["Plan.AppliedTitle"], T.Format("Plan.AppliedText", plan.Count, Texts.Date(plan[0].DueDate), T.Money(state.Total), Texts.Date(state.NextStepDate))));
    }

    /// <inheritdoc />
    protected override List<FieldError> Validate()
    {
        var found = new List<FieldError>();
        if (Count is not { } n)
        {
            found.Add(new FieldError("count", T["Plan.CountError"]));
        }
        else if (n < 2 && TeamLimit is not null)
        {
            found.Add(new FieldError("count", T["Plan.TeamSingle"]));
        }

        if (First is not { } first)
        {
            found.Add(new FieldError("firstDueDate", T["Deferral.DateFormat"]));
        }
        else if (first < today)
        {
            found.Add(new FieldError("firstDueDate", T.Format("Plan.FirstTooEarly", Texts.Date(earliest))));
        }
        else if (!FinnishBankCalendar.IsBankDay(first))
        {
            found.Add(new FieldError("firstDueDate", T.Format("Deferral.NotBankDay", Texts.Date(first), Texts.Date(FinnishBankCalendar.NextBankDay(first)))));
        }
        else if (Proposed is { Count: > 0 } plan)
        {
            var last = plan[^1].DueDate;
            if (last > MaxLast)
            {
                found.Add(new FieldError("firstDueDate", T.Format("Plan.TooLong", Texts.Date(last), Texts.Date(MaxLast))));
            }
            else if (TeamLimit is { } limit && last > limit.Last)
            {
                found.Add(new FieldError("firstDueDate", T.Format("Plan.TeamTooLate", Texts.Date(last), Texts.Date(limit.Last))));
            }
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            found.Add(new FieldError("reason", T["Deferral.ReasonMissing"]));
        }

        return found;
    }

    /// <summary>An amount as the API writes it ("49.47"), for <see cref="Texts.Money"/>.</summary>
    private static string Euros(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text)
    {
        string[] formats = ["d.M.yyyy", "yyyy-MM-dd"];
        return text is not null && DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
