namespace Idocs.Documents.LinkAccess;

/// <summary>A counterparty's signature posted through a link: the token from the URL, the file and the CMS.</summary>
public sealed record LinkSubmission(Guid DocumentId, string Token, string FileSha256, ReadOnlyMemory<byte> Cms, string? IpAddress);
