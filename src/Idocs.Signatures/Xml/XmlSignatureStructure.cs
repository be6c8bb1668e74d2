using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Reads a <c>ds:Signature</c> strictly by the XMLDSig schema: SignedInfo, SignatureValue,
/// optional KeyInfo, then Objects, with nothing else in between. Any other element, a second
/// SignedInfo anywhere inside, text where elements belong, or markup inside a base64 value is
/// rejected, because lenient parsing is what wrapping and comment-injection attacks exploit.
/// </summary>
internal static class XmlSignatureStructure
{
    public static Result<ParsedXmlSignature> Parse(XmlElement signature, XmlParsingLimits limits)
    {
        var signedInfoCount = signature.GetElementsByTagName("SignedInfo", XmlDsigUris.DsigNamespace).Count;
        if (signedInfoCount > 1)
        {
            return Fail<ParsedXmlSignature>(
                XmlSignatureErrorCodes.MultipleSignedInfo,
                $"The signature contains {signedInfoCount} SignedInfo elements; exactly one is allowed.");
        }

        var children = DsigChildren(signature);
        if (!children.IsSuccess)
        {
            return Result<ParsedXmlSignature>.Failure(children.Error);
        }

        var elements = children.Value;
        if (elements.Count < 2 || !Is(elements[0], "SignedInfo") || !Is(elements[1], "SignatureValue"))
        {
            return Fail<ParsedXmlSignature>(
                XmlSignatureErrorCodes.InvalidStructure,
                "A Signature must start with SignedInfo followed by SignatureValue.");
        }

        XmlElement? keyInfo = null;
        for (var i = 2; i < elements.Count; i++)
        {
            if (i == 2 && Is(elements[i], "KeyInfo"))
            {
                keyInfo = elements[i];
            }
            else if (!Is(elements[i], "Object"))
            {
                return Fail<ParsedXmlSignature>(
                    XmlSignatureErrorCodes.InvalidStructure,
                    $"Unexpected element '{elements[i].Name}' in Signature; only KeyInfo and Object may follow SignatureValue.");
            }
        }

        var signedInfo = ParseSignedInfo(elements[0], limits);
        if (!signedInfo.IsSuccess)
        {
            return Result<ParsedXmlSignature>.Failure(signedInfo.Error);
        }

        var signatureValue = Base64Content(elements[1], "SignatureValue");
        if (!signatureValue.IsSuccess)
        {
            return Result<ParsedXmlSignature>.Failure(signatureValue.Error);
        }

        var certificates = new List<XmlElement>();
        RsaKeyValue? rsaKeyValue = null;
        if (keyInfo is not null)
        {
            var keyError = ParseKeyInfo(keyInfo, certificates, out rsaKeyValue);
            if (keyError is not null)
            {
                return Result<ParsedXmlSignature>.Failure(keyError);
            }
        }

        var (canonicalization, methodUri, references) = signedInfo.Value;
        return new ParsedXmlSignature(
            signature,
            elements[0],
            canonicalization,
            methodUri,
            references,
            signatureValue.Value,
            certificates,
            rsaKeyValue);
    }

    private static Result<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)> ParseSignedInfo(
        XmlElement signedInfo, XmlParsingLimits limits)
    {
        var children = DsigChildren(signedInfo);
        if (!children.IsSuccess)
        {
            return Result<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>.Failure(children.Error);
        }

        var elements = children.Value;
        if (elements.Count < 3 || !Is(elements[0], "CanonicalizationMethod") || !Is(elements[1], "SignatureMethod"))
        {
            return Fail<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>(
                XmlSignatureErrorCodes.InvalidStructure,
                "SignedInfo must contain CanonicalizationMethod, SignatureMethod and at least one Reference, in that order.");
        }

        if (elements.Count - 2 > limits.MaxReferences)
        {
            return Fail<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>(
                XmlSignatureErrorCodes.LimitExceeded,
                $"SignedInfo has {elements.Count - 2} references, more than the limit of {limits.MaxReferences}.");
        }

        var canonicalization = ParseAlgorithmElement(elements[0]);
        if (!canonicalization.IsSuccess)
        {
            return Result<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>.Failure(canonicalization.Error);
        }

        var methodUri = elements[1].GetAttribute("Algorithm");
        if (methodUri.Length == 0)
        {
            return Fail<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>(
                XmlSignatureErrorCodes.InvalidStructure, "SignatureMethod has no Algorithm attribute.");
        }

        if (methodUri.Contains("hmac", StringComparison.OrdinalIgnoreCase))
        {
            return Fail<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>(
                XmlSignatureErrorCodes.HmacForbidden,
                $"The signature method '{methodUri}' is an HMAC; a shared-secret MAC does not identify a signer. Sign with a certificate key.");
        }

        if (HasElementChildren(elements[1]))
        {
            return Fail<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>(
                XmlSignatureErrorCodes.UnsupportedAlgorithm,
                $"SignatureMethod '{methodUri}' carries parameters; explicit signature method parameters are not supported.");
        }

        var references = new List<ParsedXmlReference>();
        for (var i = 2; i < elements.Count; i++)
        {
            if (!Is(elements[i], "Reference"))
            {
                return Fail<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>(
                    XmlSignatureErrorCodes.InvalidStructure, $"Unexpected element '{elements[i].Name}' in SignedInfo.");
            }

            var reference = ParseReference(elements[i], limits);
            if (!reference.IsSuccess)
            {
                return Result<(ParsedXmlTransform, string, IReadOnlyList<ParsedXmlReference>)>.Failure(reference.Error);
            }

            references.Add(reference.Value);
        }

        return (canonicalization.Value, methodUri, references);
    }

    private static Result<ParsedXmlReference> ParseReference(XmlElement reference, XmlParsingLimits limits)
    {
        var children = DsigChildren(reference);
        if (!children.IsSuccess)
        {
            return Result<ParsedXmlReference>.Failure(children.Error);
        }

        var elements = children.Value;
        var index = 0;
        var transforms = new List<ParsedXmlTransform>();
        if (elements.Count > 0 && Is(elements[0], "Transforms"))
        {
            var transformElements = DsigChildren(elements[0]);
            if (!transformElements.IsSuccess)
            {
                return Result<ParsedXmlReference>.Failure(transformElements.Error);
            }

            if (transformElements.Value.Count == 0 || transformElements.Value.Count > limits.MaxTransforms)
            {
                return Fail<ParsedXmlReference>(
                    XmlSignatureErrorCodes.InvalidStructure,
                    $"Transforms must hold between 1 and {limits.MaxTransforms} Transform elements, not {transformElements.Value.Count}.");
            }

            foreach (var transformElement in transformElements.Value)
            {
                if (!Is(transformElement, "Transform"))
                {
                    return Fail<ParsedXmlReference>(
                        XmlSignatureErrorCodes.InvalidStructure, $"Unexpected element '{transformElement.Name}' in Transforms.");
                }

                var transform = ParseAlgorithmElement(transformElement);
                if (!transform.IsSuccess)
                {
                    return Result<ParsedXmlReference>.Failure(transform.Error);
                }

                transforms.Add(transform.Value);
            }

            index = 1;
        }

        if (elements.Count != index + 2 || !Is(elements[index], "DigestMethod") || !Is(elements[index + 1], "DigestValue"))
        {
            return Fail<ParsedXmlReference>(
                XmlSignatureErrorCodes.InvalidStructure,
                "Reference must contain optional Transforms, then DigestMethod and DigestValue, and nothing else.");
        }

        var digestMethod = elements[index].GetAttribute("Algorithm");
        if (digestMethod.Length == 0 || HasElementChildren(elements[index]))
        {
            return Fail<ParsedXmlReference>(
                XmlSignatureErrorCodes.InvalidStructure, "DigestMethod must have an Algorithm attribute and no child elements.");
        }

        var digestValue = Base64Content(elements[index + 1], "DigestValue");
        if (!digestValue.IsSuccess)
        {
            return Result<ParsedXmlReference>.Failure(digestValue.Error);
        }

        var uri = reference.HasAttribute("URI") ? reference.GetAttribute("URI") : null;
        return new ParsedXmlReference(uri, transforms, digestMethod, digestValue.Value);
    }

    // Reads an element with an Algorithm attribute, such as Transform or CanonicalizationMethod.
    // The only child accepted is the exclusive C14N InclusiveNamespaces element. The content of
    // XPath or XSLT transforms never gets this far, because those algorithms are rejected first.
    private static Result<ParsedXmlTransform> ParseAlgorithmElement(XmlElement element)
    {
        var algorithm = element.GetAttribute("Algorithm");
        if (algorithm.Length == 0)
        {
            return Fail<ParsedXmlTransform>(XmlSignatureErrorCodes.InvalidStructure, $"{element.LocalName} has no Algorithm attribute.");
        }

        var forbidden = ForbiddenTransformReason(algorithm);
        if (forbidden is not null)
        {
            return Fail<ParsedXmlTransform>(XmlSignatureErrorCodes.ForbiddenTransform, forbidden);
        }

        string? prefixList = null;
        foreach (XmlNode child in element.ChildNodes)
        {
            if (child is XmlElement childElement &&
                childElement.LocalName == "InclusiveNamespaces" &&
                childElement.NamespaceURI == XmlDsigUris.ExclusiveC14NNamespace &&
                prefixList is null &&
                algorithm is XmlDsigUris.ExclusiveC14N or XmlDsigUris.ExclusiveC14NWithComments)
            {
                prefixList = childElement.GetAttribute("PrefixList");
            }
            else if (child.NodeType is XmlNodeType.Element or XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.ProcessingInstruction &&
                     !(child.NodeType == XmlNodeType.Text && string.IsNullOrWhiteSpace(child.Value)))
            {
                return Fail<ParsedXmlTransform>(
                    XmlSignatureErrorCodes.UnsupportedAlgorithm,
                    $"{element.LocalName} '{algorithm}' has content '{child.Name}' that is not supported.");
            }
        }

        return new ParsedXmlTransform(algorithm, prefixList);
    }

    public static string? ForbiddenTransformReason(string algorithm) => algorithm switch
    {
        XmlDsigUris.XsltTransform => "The reference uses an XSLT transform; XSLT can read files, open connections and run unbounded, so it is never run.",
        XmlDsigUris.XPathTransform => "The reference uses an XPath transform; it can select a different node set than the one shown, so it is not accepted.",
        XmlDsigUris.XPathFilter2Transform => "The reference uses an XPath Filter 2.0 transform; it can select a different node set than the one shown, so it is not accepted.",
        XmlDsigUris.Base64Transform => "The reference uses a base64 transform; the signed bytes would not be the XML shown, so it is not accepted.",
        _ => null,
    };

    public static Result<byte[]> Base64Content(XmlElement element, string name)
    {
        var text = new System.Text.StringBuilder();
        foreach (XmlNode child in element.ChildNodes)
        {
            if (child.NodeType is not (XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                return Fail<byte[]>(
                    XmlSignatureErrorCodes.InvalidStructure,
                    $"{name} contains a {child.NodeType} node; only base64 text is allowed.");
            }

            text.Append(child.Value);
        }

        var compact = new string(text.ToString().Where(c => !char.IsWhiteSpace(c)).ToArray());
        var buffer = new byte[compact.Length];
        if (compact.Length == 0 || !Convert.TryFromBase64String(compact, buffer, out var written))
        {
            return Fail<byte[]>(XmlSignatureErrorCodes.InvalidStructure, $"{name} is empty or not valid base64.");
        }

        return buffer[..written];
    }

    // Certificates are decoded only when the key is selected, so that a broken certificate does not
    // hide the outcome of the reference checks.
    private static Error? ParseKeyInfo(XmlElement keyInfo, List<XmlElement> certificates, out RsaKeyValue? rsaKeyValue)
    {
        rsaKeyValue = null;

        // KeyInfo children other than X509Data and KeyValue (KeyName, RetrievalMethod, ...) are
        // ignored and never dereferenced.
        foreach (XmlNode child in keyInfo.ChildNodes)
        {
            if (child is not XmlElement element || element.NamespaceURI != XmlDsigUris.DsigNamespace)
            {
                continue;
            }

            if (element.LocalName == "X509Data")
            {
                certificates.AddRange(element.ChildNodes.OfType<XmlElement>()
                    .Where(e => e.LocalName == "X509Certificate" && e.NamespaceURI == XmlDsigUris.DsigNamespace));
            }
            else if (element.LocalName == "KeyValue")
            {
                var rsa = element.ChildNodes.OfType<XmlElement>()
                    .FirstOrDefault(e => e.LocalName == "RSAKeyValue" && e.NamespaceURI == XmlDsigUris.DsigNamespace);
                var modulus = rsa?.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => Is(e, "Modulus"));
                var exponent = rsa?.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => Is(e, "Exponent"));
                if (modulus is not null && exponent is not null)
                {
                    var modulusBytes = Base64Content(modulus, "Modulus");
                    var exponentBytes = Base64Content(exponent, "Exponent");
                    if (!modulusBytes.IsSuccess || !exponentBytes.IsSuccess)
                    {
                        return new Error(XmlSignatureErrorCodes.InvalidStructure, "RSAKeyValue has an invalid Modulus or Exponent.");
                    }

                    rsaKeyValue = new RsaKeyValue(modulusBytes.Value, exponentBytes.Value);
                }
            }
        }

        return null;
    }

    // Element children in document order. Comments and whitespace between them are skipped;
    // text, CDATA and processing instructions are rejected.
    private static Result<List<XmlElement>> DsigChildren(XmlElement parent)
    {
        var elements = new List<XmlElement>();
        foreach (XmlNode child in parent.ChildNodes)
        {
            switch (child.NodeType)
            {
                case XmlNodeType.Element:
                    elements.Add((XmlElement)child);
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.Comment:
                    break;
                case XmlNodeType.Text when string.IsNullOrWhiteSpace(child.Value):
                    break;
                default:
                    return Fail<List<XmlElement>>(
                        XmlSignatureErrorCodes.InvalidStructure,
                        $"{parent.LocalName} contains unexpected {child.NodeType} content.");
            }
        }

        return elements;
    }

    private static bool Is(XmlElement element, string localName) =>
        element.LocalName == localName && element.NamespaceURI == XmlDsigUris.DsigNamespace;

    private static bool HasElementChildren(XmlElement element) =>
        element.ChildNodes.OfType<XmlElement>().Any();

    private static Result<T> Fail<T>(string code, string message) => Result<T>.Failure(code, message);
}
