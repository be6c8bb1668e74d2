using Idocs.Common.Results;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Packages;

/// <summary>Applies one action to every document of a package, all or nothing.</summary>
public static class PackageActions
{
    /// <summary>
    /// Runs <paramref name="action"/> on copies of the documents. When it succeeds for every
    /// document, the changed copies are returned for storing. Otherwise the error names the first
    /// document that failed, and the documents passed in are untouched.
    /// </summary>
    public static Result<IReadOnlyList<Document>> ApplyToAll(IReadOnlyList<Document> documents, Func<Document, Result> action)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(action);

        var changed = new List<Document>(documents.Count);
        foreach (var document in documents)
        {
            var copy = Document.Restore(document.ToSnapshot());
            var result = action(copy);
            if (!result.IsSuccess)
            {
                return new Error(
                    PackageErrorCodes.DocumentRefused,
                    $"Document {document.Id} ('{document.Title}') failed the action, so no document of the package changed: {result.Error}");
            }

            changed.Add(copy);
        }

        return changed;
    }
}
