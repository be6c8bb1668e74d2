namespace Idocs.Documents.Flow;

/// <summary>
/// A POST made through a counterparty's link: the token from the URL and, for a signature, the file
/// and the detached CMS, or, for a rejection, the reason.
/// </summary>
public sealed record LinkActionCommand(
    Guid DocumentId,
    string Token,
    string? IpAddress,
    string? FileSha256 = null,
    ReadOnlyMemory<byte> Cms = default,
    string? Reason = null);
