namespace Asiakasmaksu.Application.Outbox;

/// <summary>An email ready to send: the notice id (also in a header), addresses, subject, both bodies, and the complete MIME message.</summary>
/// <param name="NoticeId">The notice's id.</param>
/// <param name="FromAddress">Sender address.</param>
/// <param name="FromName">Sender name.</param>
/// <param name="ToAddress">Recipient address.</param>
/// <param name="ToName">Recipient name.</param>
/// <param name="Subject">Subject.</param>
/// <param name="Text">Plain text body.</param>
/// <param name="Html">HTML body.</param>
/// <param name="Mime">The whole RFC 5322 message (what an .eml file holds).</param>
/// <param name="AttemptId">The outbox claim this send is made under (<see cref="OutboxClaim.Token"/>): two sends of one notice carry different ones. Not in <paramref name="Mime"/>, which stays the same for every attempt.</param>
public sealed record OutgoingEmail(string NoticeId, string FromAddress, string FromName, string ToAddress, string ToName, string Subject, string Text, string Html, ReadOnlyMemory<byte> Mime, string? AttemptId = null);
