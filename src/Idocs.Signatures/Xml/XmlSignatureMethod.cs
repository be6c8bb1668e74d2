using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Xml;

/// <summary>A supported <c>ds:SignatureMethod</c>: its URI and the algorithm identifier the raw verifier takes.</summary>
/// <param name="Uri">The XMLDSig algorithm URI.</param>
/// <param name="Algorithm">The X.509 signature algorithm identifier passed to the signature verifier.</param>
/// <param name="UsesSha1">Whether the method hashes with SHA-1, which policy must allow explicitly.</param>
public sealed record XmlSignatureMethod(string Uri, AlgorithmIdentifier Algorithm, bool UsesSha1);
