namespace Idocs.Signatures.Xml;

/// <summary>
/// Namespace and algorithm URIs of XML Signature (W3C XMLDSig 1.0, RFC 6931) and of the Kazakh
/// NCA XMLDSig module (GOST URIs under <c>urn:ietf:params:xml:ns:pkigovkz</c>).
/// </summary>
public static class XmlDsigUris
{
    public const string DsigNamespace = "http://www.w3.org/2000/09/xmldsig#";
    public const string ExclusiveC14NNamespace = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public const string WsuNamespace = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public const string C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
    public const string C14NWithComments = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments";
    public const string ExclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public const string ExclusiveC14NWithComments = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments";
    public const string C14N11 = "http://www.w3.org/2006/12/xml-c14n11";
    public const string C14N11WithComments = "http://www.w3.org/2006/12/xml-c14n11#WithComments";

    public const string EnvelopedSignatureTransform = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    public const string Base64Transform = "http://www.w3.org/2000/09/xmldsig#base64";
    public const string XPathTransform = "http://www.w3.org/TR/1999/REC-xpath-19991116";
    public const string XPathFilter2Transform = "http://www.w3.org/2002/06/xmldsig-filter2";
    public const string XsltTransform = "http://www.w3.org/TR/1999/REC-xslt-19991116";

    public const string Sha1 = "http://www.w3.org/2000/09/xmldsig#sha1";

    /// <summary>SHA-1 under the xmldsig-more namespace, as the NCA XMLDSig module also writes it.</summary>
    public const string Sha1More = "http://www.w3.org/2001/04/xmldsig-more#sha1";

    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public const string Sha384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    public const string Sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";

    /// <summary>GOST 34.311-95 (GOST R 34.11-94 with the test S-box), NCA digest for GOST 34.310-2004 keys.</summary>
    public const string Gost34311 = "http://www.w3.org/2001/04/xmldsig-more#gost34311";

    /// <summary>GOST 34.11-2015 256-bit (Streebog-256).</summary>
    public const string Gost34112015With256 = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-256";

    /// <summary>GOST 34.11-2015 512-bit (Streebog-512).</summary>
    public const string Gost34112015With512 = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512";

    public const string RsaSha1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

    /// <summary>RSA-SHA1 under the xmldsig-more namespace, as the NCA XMLDSig module also writes it.</summary>
    public const string RsaSha1More = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha1";

    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public const string RsaSha384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    public const string RsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public const string RsaPssSha256 = "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1";
    public const string RsaPssSha384 = "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1";
    public const string RsaPssSha512 = "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1";

    /// <summary>GOST 34.310-2004 signature with GOST 34.311-95 digest.</summary>
    public const string Gost34310Gost34311 = "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311";

    /// <summary>GOST R 34.10-2015 256-bit signature with GOST 34.11-2015 256-bit digest.</summary>
    public const string Gost34102015With256 = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-256";

    /// <summary>GOST R 34.10-2015 512-bit signature with GOST 34.11-2015 512-bit digest.</summary>
    public const string Gost34102015With512 = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512";
}
