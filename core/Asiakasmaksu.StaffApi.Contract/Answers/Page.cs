namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A page of a list: at most <c>limit</c> items; <see cref="Continuation"/> asks for the next page, null on the last.</summary>
/// <typeparam name="T">The items.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Continuation">The token for the next page, or null.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Continuation);
