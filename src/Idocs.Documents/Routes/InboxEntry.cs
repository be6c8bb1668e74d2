using Idocs.Documents.Search;

namespace Idocs.Documents.Routes;

/// <summary>An inbox item with the document it belongs to.</summary>
public sealed record InboxEntry(InboxItem Item, DocumentSummary Document);
