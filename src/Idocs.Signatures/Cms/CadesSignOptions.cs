namespace Idocs.Signatures.Cms;

/// <summary>How <see cref="CadesSigner"/> shapes a signature.</summary>
public sealed class CadesSignOptions
{
    /// <summary>Whether the content stays outside the CMS (NCALayer's default for files).</summary>
    public bool Detached { get; init; } = true;

    /// <summary>The signingTime attribute; the signer's clock when null.</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>
    /// Returns an RFC 3161 timestamp token (DER ContentInfo) over the signature value it is given; when
    /// set, the signature becomes CAdES-T. The provider computes the imprint with its TSA's algorithm.
    /// </summary>
    public Func<byte[], byte[]>? TimestampProvider { get; init; }
}
