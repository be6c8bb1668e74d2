namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>Lists the ids of a profile's documents for a bulk export, deleted ones excluded, oldest first.</summary>
public interface ICompanyDocumentLister
{
    IAsyncEnumerable<Guid> ListDocumentIdsAsync(Guid ownerProfileId, CancellationToken cancellationToken);
}
