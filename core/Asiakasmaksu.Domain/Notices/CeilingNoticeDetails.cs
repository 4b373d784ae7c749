namespace Asiakasmaksu.Domain.Notices;

/// <summary>What a notice about the annual payment ceiling (maksukatto) shows.</summary>
/// <param name="Year">The calendar year of the service dates.</param>
/// <param name="Ceiling">The year's ceiling.</param>
/// <param name="Accrued">What has accrued toward it.</param>
/// <param name="Remaining">What is left before it is reached (never below zero).</param>
/// <param name="FreeCardFrom">The free card's first day, while it holds.</param>
/// <param name="ReplacedFrom">For a replacement free card: the start date of the card it replaces.</param>
/// <param name="RevokedFrom">For a revocation: the start date of the card that no longer holds.</param>
/// <param name="Lines">The lines that built the accrual (the statement), in charging order.</param>
public sealed record CeilingNoticeDetails(
    int Year,
    Money Ceiling,
    Money Accrued,
    Money Remaining,
    DateOnly? FreeCardFrom,
    DateOnly? ReplacedFrom,
    DateOnly? RevokedFrom,
    ValueList<CeilingStatementLine> Lines);
