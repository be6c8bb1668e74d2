namespace Idocs.Storage.Documents;

/// <summary>The <c>packages</c> table; the documents keep the package id, and the row keeps their order.</summary>
public sealed class PackageRow
{
    public Guid Id { get; set; }

    public Guid OwnerProfileId { get; set; }

    public Guid AuthorId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The document ids in upload order, separated by commas.</summary>
    public string DocumentIds { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
