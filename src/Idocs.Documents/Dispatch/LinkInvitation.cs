namespace Idocs.Documents.Dispatch;

/// <summary>
/// The email to an unregistered counterparty: sender, addressee, title and the link token. The
/// mailer builds the URL from the token and must not log it.
/// </summary>
public sealed record LinkInvitation(
    Guid DocumentId,
    string RecipientEmail,
    string RecipientName,
    string SenderName,
    string DocumentTitle,
    string Token,
    DateTimeOffset ExpiresAt);
