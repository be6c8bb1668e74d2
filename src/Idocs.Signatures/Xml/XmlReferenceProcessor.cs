using System.Security.Cryptography;
using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Dereferences, transforms and digests <c>ds:Reference</c> elements. Only same-document
/// references are followed: <c>URI=""</c> (the document) and <c>URI="#id"</c> (the element with
/// that ID). As XMLDSig defines for these forms, comments are left out of the node set. The
/// enveloped-signature transform removes the reference's own signature.
/// </summary>
internal sealed class XmlReferenceProcessor(IXmlDigestCalculator digests, bool allowSha1)
{
    /// <summary>Checks a reference's URI, transforms and digest method without touching the document.</summary>
    public Error? CheckAlgorithms(ParsedXmlReference reference)
    {
        if (reference.Uri is null)
        {
            return new Error(XmlSignatureErrorCodes.ExternalReference, "A Reference has no URI attribute. Only URI=\"\" and URI=\"#id\" are accepted.");
        }

        if (reference.Uri.Length > 0 && ReferencedId(reference.Uri) is null)
        {
            return new Error(
                XmlSignatureErrorCodes.ExternalReference,
                $"The reference URI '{reference.Uri}' is not accepted; only URI=\"\" and same-document URI=\"#id\" references are dereferenced, never files, URLs or XPointer expressions.");
        }

        var envelopedCount = 0;
        for (var i = 0; i < reference.Transforms.Count; i++)
        {
            var algorithm = reference.Transforms[i].Algorithm;
            if (algorithm == XmlDsigUris.EnvelopedSignatureTransform)
            {
                envelopedCount++;
                continue;
            }

            if (!XmlCanonicalizer.IsSupported(algorithm))
            {
                return new Error(
                    XmlSignatureErrorCodes.UnsupportedAlgorithm,
                    $"The transform '{algorithm}' is not supported; accepted are enveloped-signature, C14N 1.0 and exclusive C14N.");
            }

            if (i != reference.Transforms.Count - 1)
            {
                return new Error(
                    XmlSignatureErrorCodes.UnsupportedAlgorithm,
                    $"The canonicalization transform '{algorithm}' must be the last transform of its reference.");
            }
        }

        if (envelopedCount > 1)
        {
            return new Error(XmlSignatureErrorCodes.InvalidStructure, "A reference lists the enveloped-signature transform more than once.");
        }

        if (!digests.Supports(reference.DigestMethodUri))
        {
            return new Error(
                XmlSignatureErrorCodes.UnsupportedAlgorithm,
                $"The digest method '{reference.DigestMethodUri}' is not supported; use SHA-256 or an NCA GOST digest.");
        }

        if (!allowSha1 && reference.DigestMethodUri is XmlDsigUris.Sha1 or XmlDsigUris.Sha1More)
        {
            return new Error(
                XmlSignatureErrorCodes.AlgorithmNotAllowed,
                $"The digest method '{reference.DigestMethodUri}' is SHA-1, which the verification policy does not allow.");
        }

        return null;
    }

    /// <summary>
    /// Resolves the reference in a copy of <paramref name="document"/>, applies its transforms,
    /// digests the canonical octets and compares them with <c>DigestValue</c>.
    /// </summary>
    public Result<XmlSignedReference> Verify(
        XmlDocument document,
        XmlIdIndex ids,
        XmlElement signature,
        IReadOnlyList<XmlElement> laterSignatures,
        ParsedXmlReference reference)
    {
        var uri = reference.Uri!;
        XmlNode target = document;
        if (uri.Length > 0)
        {
            var id = ReferencedId(uri)!;
            var element = ids.Find(id);
            if (element is null)
            {
                return Result<XmlSignedReference>.Failure(
                    XmlSignatureErrorCodes.ReferenceNotFound,
                    $"The reference URI '{uri}' names no element: no element carries the ID '{id}'.");
            }

            target = element;
        }

        // A signature normally covers every other signature in the document. NCALayer appends
        // co-signatures after the first one, and those were added after it was made, so when the
        // digest does not match as is, it is checked again without the signatures that follow.
        var enveloped = reference.Transforms.Any(t => t.Algorithm == XmlDsigUris.EnvelopedSignatureTransform);
        var own = enveloped ? new List<XmlElement> { signature } : [];
        var attempts = new List<List<XmlElement>> { own };
        if (laterSignatures.Count > 0)
        {
            attempts.Add([.. laterSignatures, .. own]);
        }

        Result<XmlSignedReference> outcome = default;
        foreach (var removed in attempts)
        {
            outcome = VerifyWithout(document, target, removed, reference);
            if (outcome.IsSuccess || outcome.Error.Code != XmlSignatureErrorCodes.DigestMismatch)
            {
                return outcome;
            }
        }

        return outcome;
    }

    private Result<XmlSignedReference> VerifyWithout(
        XmlDocument document,
        XmlNode target,
        List<XmlElement> removed,
        ParsedXmlReference reference)
    {
        var uri = reference.Uri!;
        var copy = (XmlDocument)document.CloneNode(deep: true);
        var copyTarget = XmlNodePaths.Resolve(copy, XmlNodePaths.IndexPath(target));
        var copyRemoved = removed.Select(e => XmlNodePaths.Resolve(copy, XmlNodePaths.IndexPath(e))).ToList();
        foreach (var comment in copy.SelectNodes("//comment()")!.Cast<XmlNode>().ToList())
        {
            comment.ParentNode!.RemoveChild(comment);
        }

        foreach (var node in copyRemoved)
        {
            node.ParentNode?.RemoveChild(node);
        }

        if (!XmlNodePaths.IsAttached(copyTarget) || (copyTarget is XmlDocument d && d.DocumentElement is null))
        {
            return Result<XmlSignedReference>.Failure(
                XmlSignatureErrorCodes.EmptyReference,
                $"The reference URI '{uri}' covers no element once {string.Join(", ", removed.Select(XmlNodePaths.Describe))} is removed.");
        }

        var canonicalization = reference.Transforms.LastOrDefault(t => t.Algorithm != XmlDsigUris.EnvelopedSignatureTransform)
            ?? new ParsedXmlTransform(XmlDsigUris.C14N, null);
        var canonical = XmlCanonicalizer.Canonicalize(copyTarget, canonicalization.Algorithm, canonicalization.InclusivePrefixList);
        if (!canonical.IsSuccess)
        {
            return Result<XmlSignedReference>.Failure(canonical.Error);
        }

        var digest = digests.ComputeDigest(reference.DigestMethodUri, canonical.Value);
        if (!digest.IsSuccess)
        {
            return Result<XmlSignedReference>.Failure(digest.Error);
        }

        if (!CryptographicOperations.FixedTimeEquals(digest.Value, reference.DigestValue))
        {
            return Result<XmlSignedReference>.Failure(
                XmlSignatureErrorCodes.DigestMismatch,
                $"The digest of reference '{uri}' ({XmlNodePaths.Describe(target)}) does not match its DigestValue: the signed content was changed.");
        }

        return new XmlSignedReference(
            uri,
            XmlNodePaths.Describe(target),
            removed.Select(XmlNodePaths.Describe).ToList(),
            reference.DigestMethodUri,
            canonical.Value);
    }

    /// <summary>Returns the ID of a <c>#id</c> URI, or null when the URI has another form.</summary>
    public static string? ReferencedId(string uri)
    {
        if (uri.Length < 2 || uri[0] != '#')
        {
            return null;
        }

        var id = uri[1..];
        try
        {
            XmlConvert.VerifyNCName(id);
            return id;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
