namespace Idocs.Documents.Flow;

/// <summary>
/// An email about a document, stored in the outbox and rendered when it is sent. <see cref="Values"/>
/// fill the template's placeholders; a link token appears only inside them and is never logged.
/// </summary>
public sealed record DocumentMail
{
    /// <summary>Outbox message type of document emails.</summary>
    public const string OutboxType = "documents.mail";

    public required DocumentMailTemplate Template { get; init; }

    public required Guid DocumentId { get; init; }

    public required string RecipientEmail { get; init; }

    public required string RecipientName { get; init; }

    /// <summary>A culture name such as <c>ru</c>, <c>kk</c> or <c>en</c>; Russian when the recipient has none.</summary>
    public string Language { get; init; } = "ru";

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
