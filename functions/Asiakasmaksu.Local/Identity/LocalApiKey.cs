namespace Asiakasmaksu.Local.Identity;

/// <summary>One staff key the local host accepts (configuration <c>Asiakasmaksu:Local:ApiKeys</c>). Never accepted by the Azure app.</summary>
public sealed class LocalApiKey
{
    /// <summary>The secret the caller sends as <c>Authorization: Bearer KEY</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The staff id it stands for.</summary>
    public string StaffId { get; set; } = string.Empty;

    /// <summary>team, supervisor, director or auditor.</summary>
    public string Role { get; set; } = string.Empty;
}
