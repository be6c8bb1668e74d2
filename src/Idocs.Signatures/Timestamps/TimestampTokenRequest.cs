using Idocs.Signatures.Digests;
using Idocs.Signatures.Keys;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Timestamps;

/// <summary>What a timestamp token states.</summary>
/// <param name="TsaKey">The TSA's key and certificate.</param>
/// <param name="TimestampedData">The data the imprint covers (for a signature timestamp, the signature value).</param>
/// <param name="ImprintAlgorithm">Digest of the imprint.</param>
/// <param name="SerialNumber">Unique serial of the token within the TSA.</param>
/// <param name="GenerationTime">genTime.</param>
/// <param name="PolicyOid">TSA policy, for example 1.2.398.3.3.2.6.4 for the NCA's GOST 2015 policy.</param>
/// <param name="Nonce">The request's nonce, echoed when present.</param>
public sealed record TimestampTokenRequest(
    SigningKey TsaKey,
    byte[] TimestampedData,
    DigestAlgorithm ImprintAlgorithm,
    BigInteger SerialNumber,
    DateTimeOffset GenerationTime,
    string PolicyOid,
    BigInteger? Nonce = null);
