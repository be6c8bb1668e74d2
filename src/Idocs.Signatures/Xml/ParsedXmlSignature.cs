using System.Xml;

namespace Idocs.Signatures.Xml;

/// <summary>A <c>ds:Signature</c> after its structure was checked, before anything was verified.</summary>
internal sealed record ParsedXmlSignature(
    XmlElement Element,
    XmlElement SignedInfo,
    ParsedXmlTransform Canonicalization,
    string SignatureMethodUri,
    IReadOnlyList<ParsedXmlReference> References,
    byte[] SignatureValue,
    IReadOnlyList<XmlElement> CertificateElements,
    RsaKeyValue? RsaKeyValue);

/// <summary>A <c>ds:Reference</c>. <see cref="Uri"/> is null when the attribute is absent.</summary>
internal sealed record ParsedXmlReference(
    string? Uri,
    IReadOnlyList<ParsedXmlTransform> Transforms,
    string DigestMethodUri,
    byte[] DigestValue);

/// <summary>A transform or canonicalization method with its exclusive C14N PrefixList, if any.</summary>
internal sealed record ParsedXmlTransform(string Algorithm, string? InclusivePrefixList);

/// <summary>The big-endian modulus and exponent of a <c>ds:RSAKeyValue</c>.</summary>
internal sealed record RsaKeyValue(byte[] Modulus, byte[] Exponent);
