namespace Idocs.Signatures.Xml;

/// <summary>Error codes of XMLDSig parsing, verification and signing.</summary>
public static class XmlSignatureErrorCodes
{
    /// <summary>The input is not well-formed XML, or is empty.</summary>
    public const string MalformedXml = "signatures.xml.malformed";

    /// <summary>
    /// The input contains a DTD (<c>&lt;!DOCTYPE&gt;</c>), so it may declare internal or external
    /// entities. Such documents are rejected before any entity is expanded or fetched.
    /// </summary>
    public const string DtdProhibited = "signatures.xml.dtd_prohibited";

    /// <summary>The input exceeds a parsing limit: size, characters, nesting depth or element count.</summary>
    public const string LimitExceeded = "signatures.xml.limit_exceeded";

    /// <summary>
    /// Two elements carry the same ID value (in <c>Id</c>, <c>ID</c>, <c>id</c>, <c>wsu:Id</c> or
    /// <c>xml:id</c>). A reference to such an ID is ambiguous, which is how signature wrapping works.
    /// </summary>
    public const string DuplicateId = "signatures.xml.duplicate_id";

    /// <summary>The document contains no <c>ds:Signature</c> element.</summary>
    public const string NoSignature = "signatures.xml.no_signature";

    /// <summary>A <c>ds:Signature</c> breaks the XMLDSig structure: missing, extra or misplaced elements.</summary>
    public const string InvalidStructure = "signatures.xml.invalid_structure";

    /// <summary>A <c>ds:Signature</c> contains more than one <c>ds:SignedInfo</c> element.</summary>
    public const string MultipleSignedInfo = "signatures.xml.multiple_signed_info";

    /// <summary>
    /// The signature is placed where a wrapping attack puts it: a <c>ds:Signature</c> nested in
    /// another signature, or a reference that resolves into an unexpected place.
    /// </summary>
    public const string SignatureWrapping = "signatures.xml.signature_wrapping";

    /// <summary>A canonicalization, transform, digest or signature method URI is not supported.</summary>
    public const string UnsupportedAlgorithm = "signatures.xml.unsupported_algorithm";

    /// <summary>The algorithm is known but disallowed by policy (SHA-1 unless explicitly allowed).</summary>
    public const string AlgorithmNotAllowed = "signatures.xml.algorithm_not_allowed";

    /// <summary>An XSLT, XPath, XPath Filter 2.0 or base64 transform is present; these are never run.</summary>
    public const string ForbiddenTransform = "signatures.xml.forbidden_transform";

    /// <summary>The signature method is an HMAC: a shared-secret MAC proves no signer and is rejected.</summary>
    public const string HmacForbidden = "signatures.xml.hmac_forbidden";

    /// <summary>
    /// A reference URI is neither empty nor a same-document <c>#id</c>: external and XPointer
    /// references are never dereferenced.
    /// </summary>
    public const string ExternalReference = "signatures.xml.external_reference";

    /// <summary>A <c>#id</c> reference names an ID that no element in the document carries.</summary>
    public const string ReferenceNotFound = "signatures.xml.reference_not_found";

    /// <summary>A reference resolves to content with no element in it, so it protects nothing.</summary>
    public const string EmptyReference = "signatures.xml.empty_reference";

    /// <summary>A reference's computed digest differs from its <c>DigestValue</c>.</summary>
    public const string DigestMismatch = "signatures.xml.digest_mismatch";

    /// <summary>The <c>SignatureValue</c> does not verify over the canonical <c>SignedInfo</c>.</summary>
    public const string SignatureInvalid = "signatures.xml.signature_invalid";

    /// <summary>
    /// A signature does not cover content the caller requires to be signed (the whole document
    /// or an element with a given ID).
    /// </summary>
    public const string RequiredContentNotCovered = "signatures.xml.required_content_not_covered";

    /// <summary>The signer's certificate in <c>KeyInfo</c> is missing, ambiguous or cannot be parsed.</summary>
    public const string SigningCertificateInvalid = "signatures.xml.signing_certificate_invalid";

    /// <summary>The signing key cannot produce the requested signature (wrong key type or signing failed).</summary>
    public const string SigningFailed = "signatures.xml.signing_failed";
}
