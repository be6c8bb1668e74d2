namespace Idocs.PrintForms.Archives;

/// <summary>One file in an archive with its SHA-256 and size, as <c>manifest.json</c> lists it.</summary>
/// <param name="Path">The entry's path inside the ZIP, with '/' separators.</param>
/// <param name="Kind">What the file is: one of <see cref="ArchiveEntryKinds"/>.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the entry's uncompressed bytes.</param>
/// <param name="Size">The entry's uncompressed size in bytes.</param>
/// <param name="Description">What the file belongs to, for example the signer and the signed file.</param>
public sealed record ArchiveManifestEntry(string Path, string Kind, string Sha256, long Size, string? Description = null);
