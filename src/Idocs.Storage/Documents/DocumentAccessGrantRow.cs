using Idocs.Documents.Documents;

namespace Idocs.Storage.Documents;

/// <summary>The <c>document_access_grants</c> table: viewer or editor access of one employee.</summary>
public sealed class DocumentAccessGrantRow
{
    public Guid DocumentId { get; set; }

    public Guid EmployeeId { get; set; }

    /// <summary>Zero-based place in the document's grant list.</summary>
    public int Position { get; set; }

    public AccessMode Mode { get; set; }
}
