using Idocs.Documents.Routes;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>A document waiting for the caller's approval or signature, with what the mass page shows and signs.</summary>
public sealed record WaitingDocument(
    Guid DocumentId,
    RouteStepKind Step,
    string Number,
    string Title,
    string? Counterparty,
    DateTimeOffset WaitingSince,
    IReadOnlyList<string> FileSha256s);
