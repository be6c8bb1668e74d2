using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>What the person typed and chose above a document list.</summary>
public sealed record DocumentListFilter
{
    /// <summary>
    /// Free text: 12 digits search the counterparty's BIN or IIN, anything else a part of the title.
    /// The inbox ignores it.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>A part of the counterparty's name; the inbox ignores it.</summary>
    public string? Counterparty { get; init; }

    /// <summary>Only documents in this status; the inbox ignores it.</summary>
    public DocumentStatus? Status { get; init; }

    /// <summary>Only approvals or only signatures; used by the inbox alone.</summary>
    public RouteStepKind? Step { get; init; }
}
