using Idocs.Common.Results;
using Idocs.Signatures.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Makes CAdES-BES (and, with a timestamp provider, CAdES-T) signatures in the shape Kalkan makes
/// them: SignedData with the signer's certificate, signed attributes contentType, signingTime,
/// signingCertificateV2 and messageDigest, and the Kazakh GOST OIDs for GOST keys.
/// </summary>
public static class CadesSigner
{
    public static byte[] Sign(SigningKey key, ReadOnlySpan<byte> content, CadesSignOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        return SignedDataBuilder.Build(
            key,
            CmsObjectIdentifiers.Data,
            content.ToArray(),
            attached: !options.Detached,
            options.SigningTime ?? DateTimeOffset.UtcNow,
            signature => UnsignedAttributes(signature, options.TimestampProvider));
    }

    /// <summary>
    /// Adds a signature to an existing CMS over the same content, as a second party does (Kalkan's
    /// "add signer"). The content is needed for a detached CMS; for an attached one it must be the
    /// embedded content.
    /// </summary>
    public static Result<byte[]> AddSignature(ReadOnlySpan<byte> cms, SigningKey key, ReadOnlySpan<byte> content, CadesSignOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        var parsed = CmsParser.Parse(cms);
        if (parsed.Failure is not null)
        {
            return Result<byte[]>.Failure(SignatureErrorCodes.MalformedInput, $"The CMS to add a signature to cannot be read: {parsed.Failure}.");
        }

        return SignedDataBuilder.AddSigner(
            parsed.SignedData!, key, content.ToArray(), options.SigningTime ?? DateTimeOffset.UtcNow,
            signature => UnsignedAttributes(signature, options.TimestampProvider));
    }

    private static DerSet? UnsignedAttributes(byte[] signature, Func<byte[], byte[]>? timestampProvider)
    {
        if (timestampProvider is null)
        {
            return null;
        }

        var token = Asn1Object.FromByteArray(timestampProvider(signature));
        return new DerSet(SignedDataBuilder.Attribute(CmsOids.SignatureTimeStampToken, token));
    }
}
