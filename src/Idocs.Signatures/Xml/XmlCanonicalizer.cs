using System.Security.Cryptography.Xml;
using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Canonicalizes a document or an element with inclusive C14N 1.0 or exclusive C14N, with or
/// without comments, using the transforms of <see cref="System.Security.Cryptography.Xml"/>.
/// An element is canonicalized as a document subset: the namespace declarations in scope from
/// its ancestors (and, for inclusive C14N, the inherited <c>xml:*</c> attributes) are carried
/// onto it, as C14N requires for the apex of a subset.
/// </summary>
public static class XmlCanonicalizer
{
    public static bool IsSupported(string algorithmUri) => algorithmUri is
        XmlDsigUris.C14N or XmlDsigUris.C14NWithComments or XmlDsigUris.ExclusiveC14N or XmlDsigUris.ExclusiveC14NWithComments;

    /// <summary>
    /// Canonicalizes <paramref name="node"/>, an <see cref="XmlDocument"/> or an
    /// <see cref="XmlElement"/>. <paramref name="inclusivePrefixList"/> is the exclusive C14N
    /// InclusiveNamespaces PrefixList, ignored for inclusive C14N.
    /// </summary>
    public static Result<byte[]> Canonicalize(XmlNode node, string algorithmUri, string? inclusivePrefixList = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(algorithmUri);

        Transform? transform = algorithmUri switch
        {
            XmlDsigUris.C14N => new XmlDsigC14NTransform(includeComments: false),
            XmlDsigUris.C14NWithComments => new XmlDsigC14NTransform(includeComments: true),
            XmlDsigUris.ExclusiveC14N => new XmlDsigExcC14NTransform(includeComments: false, inclusivePrefixList),
            XmlDsigUris.ExclusiveC14NWithComments => new XmlDsigExcC14NTransform(includeComments: true, inclusivePrefixList),
            _ => null,
        };
        if (transform is null)
        {
            return Result<byte[]>.Failure(
                XmlSignatureErrorCodes.UnsupportedAlgorithm,
                $"The canonicalization method '{algorithmUri}' is not supported; use C14N 1.0 or exclusive C14N, with or without comments.");
        }

        var inclusive = algorithmUri is XmlDsigUris.C14N or XmlDsigUris.C14NWithComments;
        var input = node switch
        {
            XmlDocument document => document,
            XmlElement element => Isolate(element, inclusive),
            _ => throw new ArgumentException($"Only a document or an element can be canonicalized, not {node.NodeType}.", nameof(node)),
        };

        transform.LoadInput(input);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var buffer = new MemoryStream();
        output.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Copies <paramref name="element"/> into a new document as its root, adding the namespace
    /// declarations (and for inclusive C14N the <c>xml:*</c> attributes) it inherits.
    /// </summary>
    public static XmlDocument Isolate(XmlElement element, bool inheritXmlAttributes)
    {
        ArgumentNullException.ThrowIfNull(element);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var root = (XmlElement)document.ImportNode(element, deep: true);
        document.AppendChild(root);

        var declaredPrefixes = new HashSet<string>(StringComparer.Ordinal);
        var presentXmlAttributes = new HashSet<string>(StringComparer.Ordinal);
        foreach (XmlAttribute attribute in root.Attributes)
        {
            if (attribute.NamespaceURI == XmlDsigUris.XmlnsNamespace)
            {
                declaredPrefixes.Add(DeclaredPrefix(attribute));
            }
            else if (attribute.NamespaceURI == XmlDsigUris.XmlNamespace)
            {
                presentXmlAttributes.Add(attribute.LocalName);
            }
        }

        for (var ancestor = element.ParentNode as XmlElement; ancestor is not null; ancestor = ancestor.ParentNode as XmlElement)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                var inherited =
                    (attribute.NamespaceURI == XmlDsigUris.XmlnsNamespace && declaredPrefixes.Add(DeclaredPrefix(attribute))) ||
                    (inheritXmlAttributes && attribute.NamespaceURI == XmlDsigUris.XmlNamespace && presentXmlAttributes.Add(attribute.LocalName));
                if (inherited)
                {
                    var copy = document.CreateAttribute(attribute.Prefix, attribute.LocalName, attribute.NamespaceURI);
                    copy.Value = attribute.Value;
                    root.Attributes.Append(copy);
                }
            }
        }

        return document;
    }

    private static string DeclaredPrefix(XmlAttribute declaration) =>
        declaration.Prefix == "xmlns" ? declaration.LocalName : string.Empty;
}
