using Idocs.Signatures.Digests;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// A resolved signature algorithm: the primitive, its digest, the public-key algorithms it accepts
/// and, for GOST, the byte layout of the value.
/// </summary>
/// <param name="Name">Readable name for reports, for example <c>GOST 34.10-2015-512</c>.</param>
/// <param name="Family">Primitive.</param>
/// <param name="Digest">Digest applied to the signed bytes.</param>
/// <param name="KeyAlgorithmOids">SubjectPublicKeyInfo algorithm OIDs that may carry the key.</param>
/// <param name="GostLayout">Byte layout of GOST values; ignored for other families.</param>
/// <param name="PssSaltLength">Salt length in bytes for RSA-PSS; ignored for other families.</param>
public sealed record SignatureScheme(
    string Name,
    SignatureFamily Family,
    DigestAlgorithm Digest,
    IReadOnlyList<string> KeyAlgorithmOids,
    GostSignatureLayout GostLayout = GostSignatureLayout.NcaReversed,
    int PssSaltLength = 0);
