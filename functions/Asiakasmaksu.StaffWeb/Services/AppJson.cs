using System.Text.Json;
using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>The JSON of what the app reads besides the staff API's contract: the local sign-in choices.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SignInChoice[]))]
public sealed partial class AppJson : JsonSerializerContext;
