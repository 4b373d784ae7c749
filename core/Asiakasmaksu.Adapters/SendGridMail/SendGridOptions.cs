namespace Asiakasmaksu.Adapters.SendGridMail;

/// <summary>SendGrid settings (app settings <c>Asiakasmaksu__SendGrid__*</c>; the key comes from Key Vault in Azure).</summary>
public sealed class SendGridOptions
{
    /// <summary>The API key (a restricted key with only the "Mail Send" permission is enough).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>
    /// When set, the From address of every message (a sender identity verified in SendGrid),
    /// replacing the issuer profile's <c>EmailFromAddress</c>.
    /// </summary>
    public string? FromAddress { get; set; }

    /// <summary>When set, the From name of every message, replacing the issuer profile's <c>EmailFromName</c>.</summary>
    public string? FromName { get; set; }

    /// <summary>
    /// "eu" sends through SendGrid's EU region (api.eu.sendgrid.com, for an EU regional subuser),
    /// so that the messages are processed and stored in the EU; "global" or empty uses api.sendgrid.com.
    /// </summary>
    public string? DataResidency { get; set; }

    /// <summary>True validates every request without delivering anything (a staging check).</summary>
    public bool SandboxMode { get; set; }

    /// <summary>The API host; only tests change it (a stub on loopback).</summary>
    public string? Host { get; set; }
}
