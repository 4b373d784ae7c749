namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// An error of a form's field: the field's element id and the error in words. When the words are the API's own
/// (English, untranslated), <see cref="Message"/> says in the chosen language what happened (<c>Texts.ApiLead</c>)
/// and <see cref="ApiText"/> holds them, shown after it marked as English (<see cref="ErrorText"/>).
/// </summary>
public sealed record FieldError(string FieldId, string Message, string? ApiText = null);
