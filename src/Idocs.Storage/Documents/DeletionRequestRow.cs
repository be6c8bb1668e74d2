namespace Idocs.Storage.Documents;

/// <summary>The <c>deletion_requests</c> table: requests to delete a document the counterparty signed, decided by support.</summary>
public sealed class DeletionRequestRow
{
    public Guid Id { get; set; }

    public Guid OwnerProfileId { get; set; }

    public Guid DocumentId { get; set; }

    public Guid RequestedBy { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string SupportingFileSha256 { get; set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? SupportComment { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
