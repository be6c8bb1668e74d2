namespace Idocs.Documents.Flow;

/// <summary>An email address with the name and the language (culture name) mail to it is written in.</summary>
public sealed record MailRecipient(string Email, string Name, string Language = "ru");
