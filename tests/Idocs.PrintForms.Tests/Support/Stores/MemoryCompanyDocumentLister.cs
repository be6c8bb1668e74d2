using System.Runtime.CompilerServices;
using Idocs.PrintForms.Archives.Bulk;

namespace Idocs.PrintForms.Tests.Support.Stores;

/// <summary>Lists a profile's documents from a <see cref="MemoryDocumentStore"/>, oldest first.</summary>
public sealed class MemoryCompanyDocumentLister(MemoryDocumentStore documents) : ICompanyDocumentLister
{
    public async IAsyncEnumerable<Guid> ListDocumentIdsAsync(Guid ownerProfileId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var document in documents.All.Where(row => row.OwnerProfileId == ownerProfileId && !row.IsDeleted).OrderBy(row => row.CreatedAt).ThenBy(row => row.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document.Id;
        }
    }
}
