using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.PrintForms.Evidence;

/// <summary>Recognises a signature file's format and reads the algorithm name the print form shows.</summary>
public static class SignatureFiles
{
    /// <summary>XML when the first non-blank byte (after an optional UTF-8 byte order mark) is '&lt;', CMS otherwise.</summary>
    public static SignatureFileFormat Detect(ReadOnlySpan<byte> signature)
    {
        if (signature.StartsWith("\uFEFF"u8))
        {
            signature = signature[3..];
        }

        var start = signature.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && signature[start] == (byte)'<' ? SignatureFileFormat.Xml : SignatureFileFormat.Cms;
    }

    public static string Extension(SignatureFileFormat format) => format == SignatureFileFormat.Xml ? ".xml" : ".p7s";

    /// <summary>
    /// Returns the first signer's algorithm as reports name it (for example <c>GOST 34.10-2015-512</c>),
    /// "XMLDSig" for XML, or null when the CMS cannot be read or uses an unknown algorithm.
    /// </summary>
    public static string? AlgorithmName(ReadOnlySpan<byte> signature)
    {
        if (Detect(signature) == SignatureFileFormat.Xml)
        {
            return "XMLDSig";
        }

        try
        {
            var contentInfo = ContentInfo.GetInstance(Asn1Object.FromByteArray(signature.ToArray()));
            var signedData = SignedData.GetInstance(contentInfo.Content);
            if (signedData.SignerInfos.Count == 0)
            {
                return null;
            }

            var signer = SignerInfo.GetInstance(signedData.SignerInfos[0]);
            var scheme = SignatureSchemes.ResolveForCms(signer.DigestAlgorithm, signer.SignatureAlgorithm);
            return scheme.IsSuccess ? scheme.Value.Name : null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidCastException or IOException or InvalidOperationException)
        {
            // A stored signature was verified on acceptance; a file that no longer parses only loses its algorithm label.
            return null;
        }
    }
}
