namespace Idocs.Documents.Packages;

/// <summary>The signature of one document of a package: its file and the detached CMS over it.</summary>
public sealed record PackageSignature(Guid DocumentId, string FileSha256, ReadOnlyMemory<byte> Cms);
