using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Search;

/// <summary>
/// Filters of a document search in the current profile. Every filter is optional and they combine
/// with AND; results come newest first (by creation time, then id).
/// </summary>
public sealed record DocumentSearchQuery
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>The longest text accepted in <see cref="Counterparty"/>, <see cref="Number"/> and <see cref="TitleText"/>.</summary>
    public const int MaxTextLength = 200;

    public DocumentSection Section { get; init; } = DocumentSection.All;

    public DocumentStatus? Status { get; init; }

    /// <summary>
    /// A BIN or IIN (12 digits, matched exactly) or a part of the counterparty's name (matched
    /// ignoring case).
    /// </summary>
    public string? Counterparty { get; init; }

    /// <summary>The first document date included.</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>The last document date included.</summary>
    public DateOnly? DateTo { get; init; }

    public DocumentKind? Kind { get; init; }

    public Guid? AuthorId { get; init; }

    /// <summary>The document number, matched exactly.</summary>
    public string? Number { get; init; }

    /// <summary>The smallest amount included, in the document's own currency.</summary>
    public decimal? AmountFrom { get; init; }

    /// <summary>The largest amount included, in the document's own currency.</summary>
    public decimal? AmountTo { get; init; }

    /// <summary>A part of the title, matched ignoring case.</summary>
    public string? TitleText { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The token of the previous page, or null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}
