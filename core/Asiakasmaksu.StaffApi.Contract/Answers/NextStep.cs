namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An invoice's next step and the day it is taken.</summary>
/// <param name="Step">overdue, reminder, collection_letter_1, collection_letter_2, enforcement or installment_check.</param>
/// <param name="Date">The day.</param>
public sealed record NextStep(string Step, DateOnly Date);
