namespace Idocs.Documents.Search;

/// <summary>One page of search results; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record DocumentSearchPage(IReadOnlyList<DocumentSummary> Items, string? ContinuationToken);
