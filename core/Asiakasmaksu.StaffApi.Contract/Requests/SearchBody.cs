namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>
/// A search sent in a body (<c>POST /api/search</c>): how a henkilötunnus is searched, so that it
/// never stands in a URL (access logs, request telemetry, browser history). Changes nothing, so it
/// needs no Idempotency-Key.
/// </summary>
/// <param name="Q">What was typed in the search box: a client id, a name, a reference number, an invoice id or number, or a henkilötunnus.</param>
public sealed record SearchBody(string Q);
