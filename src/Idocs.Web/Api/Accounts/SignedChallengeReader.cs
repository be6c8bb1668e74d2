using System.Text;
using System.Xml;
using Idocs.Common.Results;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Web.Accounts;
using Org.BouncyCastle.Cms;

namespace Idocs.Web.Api.Accounts;

/// <summary>Turns the JSON answer to a challenge into the domain's <see cref="SignedChallenge"/>.</summary>
internal static class SignedChallengeReader
{
    public static Result<SignedChallenge> Read(string? signedXml, string? signedCms, string? thumbprint)
    {
        if (!string.IsNullOrEmpty(signedXml) == !string.IsNullOrEmpty(signedCms))
        {
            return new Error(CommonErrorCodes.InvalidInput, "Send exactly one of signedXml (NCALayer signXml result) and signedCms (base64 CMS).");
        }

        if (signedXml is not null && signedXml.Length > 0)
        {
            var bytes = Encoding.UTF8.GetBytes(signedXml);
            return new SignedChallenge(SignedChallengeFormat.XmlDsig, bytes, thumbprint ?? XmlCertificateThumbprint(bytes) ?? string.Empty);
        }

        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(signedCms!);
        }
        catch (FormatException)
        {
            return new Error(CommonErrorCodes.InvalidInput, "signedCms is not valid base64; send the CMS NCALayer returned, unchanged.");
        }

        return new SignedChallenge(SignedChallengeFormat.Cms, cms, thumbprint ?? CmsCertificateThumbprint(cms) ?? string.Empty);
    }

    public static ChallengeResponse ToResponse(HttpContext context, Guid? challengeId, SignedChallenge signature) =>
        new(
            challengeId ?? Guid.Empty,
            Security.SessionCookie.ReadBrowserSession(context) ?? string.Empty,
            Security.SessionCookie.RequestOrigin(context),
            signature);

    /// <summary>Returns the thumbprint of the first certificate in the XMLDSig KeyInfo, or null when there is none.</summary>
    private static string? XmlCertificateThumbprint(byte[] xml)
    {
        if (xml.Length > VerifyChallengeResponse.MaxSignedDataBytes)
        {
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = VerifyChallengeResponse.MaxSignedDataBytes,
        };
        try
        {
            using var stream = new MemoryStream(xml);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "X509Certificate" && reader.NamespaceURI == "http://www.w3.org/2000/09/xmldsig#")
                {
                    var der = Convert.FromBase64String(reader.ReadElementContentAsString());
                    return SignaturesChallengeVerifier.Thumbprint(der);
                }
            }
        }
        catch (Exception exception) when (exception is XmlException or FormatException)
        {
            // The verifier rejects the document with its own message.
        }

        return null;
    }

    /// <summary>Returns the thumbprint of the signer's certificate in the CMS, or null when it cannot be found.</summary>
    private static string? CmsCertificateThumbprint(byte[] cms)
    {
        if (cms.Length > VerifyChallengeResponse.MaxSignedDataBytes)
        {
            return null;
        }

        try
        {
            var signedData = new CmsSignedData(cms);
            var signer = signedData.GetSignerInfos().GetSigners().FirstOrDefault();
            var certificate = signer is null ? null : signedData.GetCertificates().EnumerateMatches(signer.SignerID).FirstOrDefault();
            return certificate is null ? null : SignaturesChallengeVerifier.Thumbprint(certificate.GetEncoded());
        }
        catch (Exception exception) when (exception is CmsException or ArgumentException or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
