using Idocs.Documents.Documents;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// One line of a cabinet document list. <see cref="Step"/> tells whether the person approves or
/// signs an inbox line and is null in other lists; <see cref="ListedAt"/> is when the line entered
/// the list: the wait start in the inbox, the creation time elsewhere.
/// </summary>
public sealed record DocumentListRow(
    Guid DocumentId,
    DocumentKind Kind,
    string Number,
    DateOnly Date,
    string Title,
    DocumentStatus Status,
    string? CounterpartyName,
    string? CounterpartyIdentifier,
    decimal? Amount,
    string? Currency,
    RouteStepKind? Step,
    DateTimeOffset ListedAt);
