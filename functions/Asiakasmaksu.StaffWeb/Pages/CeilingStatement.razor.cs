using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Asks for the payment ceiling statement (maksukatto) of a year: the notice is queued in the outbox and its id
/// shown. A year without ceiling fees (404) and a year whose ceiling is unconfirmed (422) are explained in words.
/// Sent with an Idempotency-Key kept for retries of the same request.
/// </summary>
public sealed partial class CeilingStatement
{
    private readonly ChangeKey key = new();
    private CeilingStatementQueued? queued;
    private ApiResult<CeilingStatementQueued>? refusal;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private string yearText = string.Empty;
    private string note = string.Empty;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The ceiling account's holder.</summary>
    [Parameter] public string ClientId { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override Task LoadAsync()
    {
        yearText = (Session.Today?.Year ?? DateTime.Today.Year).ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

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
        if (!int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2099)
        {
            errors = [new FieldError("year", T["Statement.YearError"])];
            return;
        }

        errors = [];
        var body = new CeilingStatementBody(year, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        busy = true;
        try
        {
            var sent = await Api.RequestCeilingStatementAsync(ClientId, body, key.For(body.ToString()));
            if (sent.Ok)
            {
                (queued, focusOutcome) = (sent.Value!, true);
                return;
            }

            if (sent.Status == 400 && sent.Problem?.Field is "year" or "note")
            {
                errors = [new FieldError(sent.Problem.Field, sent.Problem.Detail)];
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

    private string? Explanation(int status) => status switch
    {
        404 => T["Statement.NoFees"],
        422 => T["Statement.UnconfirmedRefused"],
        _ => null,
    };

    private string? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}
