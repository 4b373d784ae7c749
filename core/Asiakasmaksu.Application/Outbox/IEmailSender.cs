namespace Asiakasmaksu.Application.Outbox;

/// <summary>Sends one notice as email: SendGrid in Azure, a folder of .eml files locally.</summary>
public interface IEmailSender
{
    /// <summary>Sends it; returns where it went (a message id or a file). Throws on failure, so the outbox retries.</summary>
    Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
