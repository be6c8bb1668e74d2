namespace Idocs.Documents.Search;

public static class DocumentSearchErrorCodes
{
    /// <summary>
    /// The continuation token is malformed, was altered, or belongs to a different query or list.
    /// The caller starts again from the first page.
    /// </summary>
    public const string InvalidContinuationToken = "search.invalid_continuation_token";

    /// <summary>A filter is out of range: page size, an empty or reversed range, or text that is too long.</summary>
    public const string InvalidFilter = "search.invalid_filter";
}
