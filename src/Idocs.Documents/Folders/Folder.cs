using Idocs.Common.Results;

namespace Idocs.Documents.Folders;

/// <summary>A folder users create for internal documents; folders nest through <see cref="ParentId"/>.</summary>
public sealed record Folder
{
    public const int MaxNameLength = 200;

    private Folder(Guid id, Guid ownerProfileId, string name, Guid? parentId)
    {
        Id = id;
        OwnerProfileId = ownerProfileId;
        Name = name;
        ParentId = parentId;
    }

    public Guid Id { get; }

    public Guid OwnerProfileId { get; }

    public string Name { get; }

    public Guid? ParentId { get; }

    public static Result<Folder> Create(Guid id, Guid ownerProfileId, string? name, Guid? parentId)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength || trimmed.IndexOfAny(['/', '\\']) >= 0)
        {
            return new Error(
                FolderErrorCodes.InvalidName,
                $"Folder name '{trimmed}' must have 1 to {MaxNameLength} characters and no '/' or '\\'.");
        }

        return new Folder(id, ownerProfileId, trimmed, parentId);
    }
}
