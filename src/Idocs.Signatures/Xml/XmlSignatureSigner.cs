using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Signs XML the way NCALayer's <c>signXml</c> does: an enveloped <c>ds:Signature</c> appended as
/// the last child of the root element, SignedInfo canonicalized with inclusive C14N 1.0, one
/// <c>URI=""</c> reference with the enveloped-signature and C14N-with-comments transforms, and
/// the signer's certificate in <c>KeyInfo/X509Data</c>. Signing a document that already carries
/// signatures adds one more that covers them, as NCALayer does for multi-party documents.
/// </summary>
// NOTE: NCALayer can also sign a single element and place the signature under another element
// (its tbsElementXPath and signatureParentElementXPath arguments). This signer makes only the default shape.
public sealed class XmlSignatureSigner(IXmlDigestCalculator digests, XmlParsingLimits? limits = null)
{
    private const string Prefix = "ds";
    private const string LineBreak = "\n";

    private readonly HardenedXmlParser _parser = new(limits ?? XmlParsingLimits.Default);

    /// <summary>Signs XML text and returns the signed document with an UTF-8 XML declaration.</summary>
    public Result<string> Sign(string xml, IXmlSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(key);
        var document = _parser.Parse(xml);
        return document.IsSuccess ? Sign(document.Value, key) : Result<string>.Failure(document.Error);
    }

    private Result<string> Sign(XmlDocument document, IXmlSigningKey key)
    {
        var root = document.DocumentElement!;
        var digest = DigestDocument(document, key.DigestMethodUri);
        if (!digest.IsSuccess)
        {
            return Result<string>.Failure(digest.Error);
        }

        var signature = Element(document, "Signature");
        var declaration = document.CreateAttribute("xmlns", Prefix, XmlDsigUris.XmlnsNamespace);
        declaration.Value = XmlDsigUris.DsigNamespace;
        signature.Attributes.Append(declaration);

        var signedInfo = Append(signature, Element(document, "SignedInfo"));
        Append(signedInfo, AlgorithmElement(document, "CanonicalizationMethod", XmlDsigUris.C14N));
        Append(signedInfo, AlgorithmElement(document, "SignatureMethod", key.SignatureMethodUri));
        var reference = Append(signedInfo, Element(document, "Reference"));
        reference.SetAttribute("URI", string.Empty);
        var transforms = Append(reference, Element(document, "Transforms"));
        Append(transforms, AlgorithmElement(document, "Transform", XmlDsigUris.EnvelopedSignatureTransform));
        Append(transforms, AlgorithmElement(document, "Transform", XmlDsigUris.C14NWithComments));
        Append(reference, AlgorithmElement(document, "DigestMethod", key.DigestMethodUri));
        Append(reference, Element(document, "DigestValue", Convert.ToBase64String(digest.Value)));

        var signatureValue = Append(signature, Element(document, "SignatureValue"));
        var keyInfo = Append(signature, Element(document, "KeyInfo"));
        var x509Data = Append(keyInfo, Element(document, "X509Data"));
        Append(x509Data, Element(document, "X509Certificate", Convert.ToBase64String(key.CertificateDer.Span)));

        root.AppendChild(signature);

        var canonicalSignedInfo = XmlCanonicalizer.Canonicalize(signedInfo, XmlDsigUris.C14N);
        if (!canonicalSignedInfo.IsSuccess)
        {
            return Result<string>.Failure(canonicalSignedInfo.Error);
        }

        var value = key.Sign(canonicalSignedInfo.Value);
        if (!value.IsSuccess)
        {
            return Result<string>.Failure(value.Error);
        }

        signatureValue.AppendChild(document.CreateTextNode(Convert.ToBase64String(value.Value)));

        if (document.FirstChild is XmlDeclaration existing)
        {
            document.RemoveChild(existing);
        }

        document.PrependChild(document.CreateXmlDeclaration("1.0", "UTF-8", "no"));
        return document.OuterXml;
    }

    // The digest the verifier computes for URI="" with the enveloped transform: the document
    // without comments, before this signature exists, canonicalized with inclusive C14N.
    private Result<byte[]> DigestDocument(XmlDocument document, string digestMethodUri)
    {
        var copy = (XmlDocument)document.CloneNode(deep: true);
        foreach (var comment in copy.SelectNodes("//comment()")!.Cast<XmlNode>().ToList())
        {
            comment.ParentNode!.RemoveChild(comment);
        }

        var canonical = XmlCanonicalizer.Canonicalize(copy, XmlDsigUris.C14NWithComments);
        return canonical.IsSuccess ? digests.ComputeDigest(digestMethodUri, canonical.Value) : canonical;
    }

    private static XmlElement Element(XmlDocument document, string localName, string? text = null)
    {
        var element = document.CreateElement(Prefix, localName, XmlDsigUris.DsigNamespace);
        if (text is not null)
        {
            element.AppendChild(document.CreateTextNode(text));
        }

        return element;
    }

    private static XmlElement AlgorithmElement(XmlDocument document, string localName, string algorithm)
    {
        var element = Element(document, localName);
        element.SetAttribute("Algorithm", algorithm);
        return element;
    }

    // Appends a child on its own line, as NCALayer lays out the signature.
    private static XmlElement Append(XmlElement parent, XmlElement child)
    {
        if (!parent.HasChildNodes)
        {
            parent.AppendChild(parent.OwnerDocument.CreateWhitespace(LineBreak));
        }

        parent.AppendChild(child);
        parent.AppendChild(parent.OwnerDocument.CreateWhitespace(LineBreak));
        return child;
    }
}
