using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// One verified <c>ds:Reference</c>: what it points at and the exact canonical bytes whose digest
/// matched. Callers read signed content from <see cref="LoadContent"/>, which parses those bytes
/// again, so nothing outside the signed node set can reach them.
/// </summary>
/// <param name="Uri">The reference URI: empty for the whole document, <c>#id</c> for an element.</param>
/// <param name="CoveredNode">Location of the covered node: <c>/</c> for the document, else the element's path.</param>
/// <param name="ExcludedNodes">Locations removed before digesting: this signature (enveloped transform) and signatures added after it.</param>
/// <param name="DigestMethodUri">The digest method of the reference.</param>
/// <param name="CanonicalContent">The canonical octets that were digested.</param>
public sealed record XmlSignedReference(
    string Uri,
    string CoveredNode,
    IReadOnlyList<string> ExcludedNodes,
    string DigestMethodUri,
    ReadOnlyMemory<byte> CanonicalContent)
{
    /// <summary>Parses the signed canonical content into a new document, with the same hardening as the input.</summary>
    public Result<XmlDocument> LoadContent(XmlParsingLimits? limits = null) =>
        new HardenedXmlParser(limits ?? XmlParsingLimits.Default).Parse(CanonicalContent);
}
