using Org.BouncyCastle.Crypto.Parameters;

namespace Idocs.Signatures.Algorithms;

/// <summary>A decoded GOST public key.</summary>
/// <param name="KeyAlgorithmOid">SubjectPublicKeyInfo algorithm OID (Kazakh or Russian).</param>
/// <param name="Parameters">The point and curve for BouncyCastle.</param>
/// <param name="CoordinateSize">Bytes per coordinate and per r or s: 32 or 64.</param>
public sealed record GostPublicKey(string KeyAlgorithmOid, ECPublicKeyParameters Parameters, int CoordinateSize);
