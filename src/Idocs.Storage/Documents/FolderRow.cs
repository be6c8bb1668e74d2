namespace Idocs.Storage.Documents;

/// <summary>The <c>folders</c> table of internal documents' folders.</summary>
public sealed class FolderRow
{
    public Guid Id { get; set; }

    public Guid OwnerProfileId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name in upper case (invariant culture), unique per owner and parent.</summary>
    public string NameKey { get; set; } = string.Empty;

    public Guid? ParentId { get; set; }

    /// <summary><see cref="ParentId"/>, or <see cref="Guid.Empty"/> for a top folder, so the unique index also covers top folders.</summary>
    public Guid ParentKey { get; set; }
}
