namespace Idocs.Documents.Search;

/// <summary>The sort key of the last row of a page: a time, then an id to break ties.</summary>
public readonly record struct KeysetPosition(DateTimeOffset Time, Guid Id);
