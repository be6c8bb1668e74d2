using Idocs.Signatures.Digests;

namespace Idocs.Signatures.Cms;

/// <summary>
/// The content a detached CMS signs: either the bytes or the digests stored when the file was
/// uploaded, so a signature can be checked without reading the file again.
/// </summary>
public sealed class CmsContent
{
    private readonly byte[]? _bytes;
    private readonly FileDigests? _digests;

    private CmsContent(byte[]? bytes, FileDigests? digests)
    {
        _bytes = bytes;
        _digests = digests;
    }

    public static CmsContent FromBytes(byte[] bytes) => new(bytes ?? throw new ArgumentNullException(nameof(bytes)), null);

    public static CmsContent FromDigests(FileDigests digests) => new(null, digests ?? throw new ArgumentNullException(nameof(digests)));

    /// <summary>Returns the content's digest, or null when only digests were given and not this one.</summary>
    public byte[]? Digest(DigestAlgorithm algorithm) =>
        _bytes is not null ? DigestAlgorithms.Compute(algorithm, _bytes) : _digests!.Get(algorithm);
}
