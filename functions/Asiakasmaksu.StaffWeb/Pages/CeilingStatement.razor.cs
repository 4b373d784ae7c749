using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Asks for the payment ceiling statement (maksukatto) of a year: the notice is queued in the outbox and its id
/// shown. A year without ceiling fees (404) and a year whose ceiling is unconfirmed (422) are explained in words.
/// Sent as <see cref="RequestForm"/> sends.
/// </summary>
public sealed partial class CeilingStatement : RequestForm
{
    private CeilingStatementQueued? queued;
    private string yearText = string.Empty;
    private string note = string.Empty;

    /// <summary>The ceiling account's holder.</summary>
    [Parameter] public string ClientId { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override Task LoadAsync()
    {
        yearText = (Session.Today?.Year ?? DateTime.Today.Year).ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    private async Task SubmitAsync()
    {
        Refusal = null;
        if (!int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2099)
        {
            Errors = [new FieldError("year", T["Statement.YearError"])];
            return;
        }

        Errors = [];
        var body = new CeilingStatementBody(year, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        await SendAsync(body, key => Api.RequestCeilingStatementAsync(ClientId, body, key), statement => queued = statement, "year", "note");
    }

    private string? Explanation(int status) => status switch
    {
        404 => T["Statement.NoFees"],
        422 => T["Statement.UnconfirmedRefused"],
        _ => null,
    };
}
