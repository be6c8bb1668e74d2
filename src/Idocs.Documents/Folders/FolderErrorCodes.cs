namespace Idocs.Documents.Folders;

public static class FolderErrorCodes
{
    public const string InvalidName = "folders.invalid_name";

    /// <summary>The parent already has a folder with that name (compared ignoring case).</summary>
    public const string DuplicateName = "folders.duplicate_name";
}
