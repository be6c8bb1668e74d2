using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Flow;

/// <summary>What a counterparty without registration sees through its link.</summary>
public sealed record LinkDocumentView(
    Guid DocumentId,
    string Title,
    string Number,
    DateOnly Date,
    DocumentStatus Status,
    string RecipientName,
    IReadOnlyList<DocumentFile> Files,
    DateTimeOffset LinkExpiresAt);
