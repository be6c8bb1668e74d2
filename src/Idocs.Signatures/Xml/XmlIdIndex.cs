using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// The elements of a document by ID. An ID is the value of an unqualified <c>Id</c>, <c>ID</c> or
/// <c>id</c> attribute, of <c>wsu:Id</c> or of <c>xml:id</c>; there is no DTD or schema to say
/// otherwise. A value carried by two elements rejects the whole document, so that a
/// <c>#id</c> reference can never resolve to a different element than the one a caller reads.
/// </summary>
internal sealed class XmlIdIndex
{
    private readonly Dictionary<string, XmlElement> _elements;

    private XmlIdIndex(Dictionary<string, XmlElement> elements) => _elements = elements;

    public static Result<XmlIdIndex> Build(XmlDocument document)
    {
        var elements = new Dictionary<string, XmlElement>(StringComparer.Ordinal);
        foreach (XmlElement element in document.GetElementsByTagName("*"))
        {
            foreach (XmlAttribute attribute in element.Attributes)
            {
                if (!IsIdAttribute(attribute))
                {
                    continue;
                }

                if (elements.TryGetValue(attribute.Value, out var existing) && !ReferenceEquals(existing, element))
                {
                    return Result<XmlIdIndex>.Failure(
                        XmlSignatureErrorCodes.DuplicateId,
                        $"The ID '{attribute.Value}' is carried by both {XmlNodePaths.Describe(existing)} and {XmlNodePaths.Describe(element)}; IDs must be unique.");
                }

                elements[attribute.Value] = element;
            }
        }

        return new XmlIdIndex(elements);
    }

    public XmlElement? Find(string id) => _elements.GetValueOrDefault(id);

    private static bool IsIdAttribute(XmlAttribute attribute) =>
        (attribute.NamespaceURI.Length == 0 && attribute.LocalName is "Id" or "ID" or "id") ||
        (attribute.NamespaceURI == XmlDsigUris.WsuNamespace && attribute.LocalName == "Id") ||
        (attribute.NamespaceURI == XmlDsigUris.XmlNamespace && attribute.LocalName == "id");
}
