using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Checks that a signature covers what the caller requires. An element counts as covered by a
/// reference when it lies inside the referenced node and outside every signature that reference
/// leaves out (its own signature under the enveloped-signature transform, and later signatures).
/// </summary>
internal static class XmlCoverage
{
    public static Error? Check(
        XmlDocument document,
        XmlIdIndex ids,
        XmlElement signature,
        IReadOnlyList<XmlElement> laterSignatures,
        IReadOnlyList<ParsedXmlReference> references,
        IReadOnlyList<XmlCoverageRequirement> requirements)
    {
        foreach (var requirement in requirements)
        {
            XmlNode? required = requirement.IsWholeDocument ? document : ids.Find(requirement.ElementId!);
            if (required is null)
            {
                return new Error(
                    XmlSignatureErrorCodes.RequiredContentNotCovered,
                    $"The signature cannot cover {requirement}: no element in the document carries that ID.");
            }

            if (!references.Any(reference => Covers(document, ids, signature, laterSignatures, reference, required)))
            {
                return new Error(
                    XmlSignatureErrorCodes.RequiredContentNotCovered,
                    $"The signature at {XmlNodePaths.Describe(signature)} does not cover {requirement}; its references are {string.Join(", ", references.Select(r => $"'{r.Uri}'"))}.");
            }
        }

        return null;
    }

    private static bool Covers(
        XmlDocument document,
        XmlIdIndex ids,
        XmlElement signature,
        IReadOnlyList<XmlElement> laterSignatures,
        ParsedXmlReference reference,
        XmlNode required)
    {
        XmlNode? target = reference.Uri switch
        {
            "" => document,
            { } uri when XmlReferenceProcessor.ReferencedId(uri) is { } id => ids.Find(id),
            _ => null,
        };
        if (target is null)
        {
            return false;
        }

        if (required is XmlDocument)
        {
            return target is XmlDocument;
        }

        var excluded = laterSignatures.AsEnumerable();
        if (reference.Transforms.Any(t => t.Algorithm == XmlDsigUris.EnvelopedSignatureTransform))
        {
            excluded = excluded.Append(signature);
        }

        return XmlNodePaths.IsSelfOrDescendantOf(required, target) &&
               !excluded.Any(removed => XmlNodePaths.IsSelfOrDescendantOf(required, removed));
    }
}
