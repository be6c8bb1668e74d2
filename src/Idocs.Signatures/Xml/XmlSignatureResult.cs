using Idocs.Common.Results;
using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Xml;

/// <summary>The verification of one <c>ds:Signature</c> of a document.</summary>
/// <param name="Index">Position among the document's signatures, 0-based in document order.</param>
/// <param name="SignatureNode">Location of the <c>ds:Signature</c> element.</param>
/// <param name="Report">The validation report of this signature.</param>
/// <param name="References">The verified references; empty unless every reference digest matched.</param>
/// <param name="Rejection">Why the signature was rejected, when <paramref name="Report"/> is TOTAL-FAILED.</param>
/// <param name="SignerCertificate">The DER certificate whose key checked the signature, when one was used.</param>
public sealed record XmlSignatureResult(
    int Index,
    string SignatureNode,
    ValidationReport Report,
    IReadOnlyList<XmlSignedReference> References,
    Error? Rejection,
    byte[]? SignerCertificate);
