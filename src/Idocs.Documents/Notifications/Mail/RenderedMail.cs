namespace Idocs.Documents.Notifications.Mail;

/// <summary>A document mail in the recipient's language, ready to send.</summary>
public sealed record RenderedMail(string To, string ToName, string Subject, string TextBody);
