namespace Asiakasmaksu.Adapters.SendGridMail;

/// <summary>SendGrid settings (app settings <c>Asiakasmaksu__SendGrid__*</c>; the key comes from Key Vault in Azure).</summary>
public sealed class SendGridOptions
{
    /// <summary>The API key.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The API host; only tests change it (a stub on loopback).</summary>
    public string? Host { get; set; }
}
