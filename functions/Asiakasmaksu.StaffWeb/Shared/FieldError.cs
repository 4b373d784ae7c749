namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>An error of a form's field: the field's element id and the error in words.</summary>
public sealed record FieldError(string FieldId, string Message);
