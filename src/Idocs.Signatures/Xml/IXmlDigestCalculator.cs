using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Computes the digest a <c>ds:DigestMethod</c> URI names. Fails with
/// <see cref="XmlSignatureErrorCodes.UnsupportedAlgorithm"/> for a URI it does not implement.
/// </summary>
public interface IXmlDigestCalculator
{
    bool Supports(string digestMethodUri);

    Result<byte[]> ComputeDigest(string digestMethodUri, ReadOnlySpan<byte> data);
}
