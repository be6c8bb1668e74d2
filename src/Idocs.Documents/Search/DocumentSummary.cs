using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Search;

/// <summary>One row of a document list: the fields the cabinet shows without opening the document.</summary>
public sealed record DocumentSummary(
    Guid Id,
    DocumentKind Kind,
    string Number,
    DateOnly Date,
    string Title,
    DocumentStatus Status,
    Guid AuthorId,
    decimal? Amount,
    string? Currency,
    string? CounterpartyIdentifier,
    string? CounterpartyName,
    DateTimeOffset CreatedAt);
