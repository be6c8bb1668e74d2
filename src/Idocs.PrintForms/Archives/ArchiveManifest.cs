namespace Idocs.PrintForms.Archives;

/// <summary>
/// The content of <c>manifest.json</c>, the last entry of every archive: what was exported, when,
/// and the SHA-256 of every other entry, so that anyone can check the unpacked files with
/// <c>sha256sum</c>.
/// </summary>
/// <param name="Format">The manifest format's version tag.</param>
/// <param name="DocumentId">The exported document, or null for a company's bulk export.</param>
/// <param name="Title">The document's title, or the company's name for a bulk export.</param>
/// <param name="ExportedAt">When the archive was written.</param>
/// <param name="Files">Every entry except the manifest itself, in archive order.</param>
/// <param name="Notes">Facts a reader of the archive must know, for example a broken passport chain.</param>
public sealed record ArchiveManifest(
    string Format,
    Guid? DocumentId,
    string Title,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ArchiveManifestEntry> Files,
    IReadOnlyList<string> Notes)
{
    public const string CurrentFormat = "idocs-archive-v1";

    public const string FileName = "manifest.json";
}
