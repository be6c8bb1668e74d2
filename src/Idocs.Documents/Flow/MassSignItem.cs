namespace Idocs.Documents.Flow;

/// <summary>One signature of a mass signing: the document, the signed file and the detached CMS.</summary>
public sealed record MassSignItem(Guid DocumentId, string FileSha256, ReadOnlyMemory<byte> Cms);
