using Idocs.Common.Results;

namespace Idocs.Documents.Search;

/// <summary>Searches the documents of the current profile with keyset paging.</summary>
public interface IDocumentSearch
{
    /// <summary>
    /// Returns one page of the documents matching <paramref name="query"/>. Fails with a
    /// <see cref="DocumentSearchErrorCodes"/> code when a filter or the continuation token is
    /// invalid, and with <c>NoProfileSelected</c> outside a profile.
    /// </summary>
    Task<Result<DocumentSearchPage>> SearchAsync(DocumentSearchQuery query, CancellationToken cancellationToken);
}
