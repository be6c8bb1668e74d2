using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// Signs test documents with .NET's own <see cref="SignedXml"/>, an implementation independent of
/// the verifier under test, to produce every canonicalization variant a document may declare.
/// </summary>
internal static class DotNetSignedXml
{
    public static string Sign(
        string xml,
        X509Certificate2 certificate,
        string signedInfoCanonicalization,
        string referenceUri,
        bool enveloped,
        string? referenceCanonicalization = null,
        string signatureMethod = XmlDsigUris.RsaSha256,
        string digestMethod = XmlDsigUris.Sha256,
        string? inclusivePrefixes = null)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        var signedXml = new SignedXml(document) { SigningKey = certificate.GetRSAPrivateKey() };
        signedXml.SignedInfo!.CanonicalizationMethod = signedInfoCanonicalization;
        signedXml.SignedInfo.SignatureMethod = signatureMethod;

        var reference = new Reference(referenceUri) { DigestMethod = digestMethod };
        if (enveloped)
        {
            reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        }

        if (referenceCanonicalization is not null)
        {
            reference.AddTransform(referenceCanonicalization switch
            {
                XmlDsigUris.C14N => new XmlDsigC14NTransform(false),
                XmlDsigUris.C14NWithComments => new XmlDsigC14NTransform(true),
                XmlDsigUris.ExclusiveC14N => new XmlDsigExcC14NTransform(false, inclusivePrefixes),
                _ => new XmlDsigExcC14NTransform(true, inclusivePrefixes),
            });
        }

        signedXml.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signedXml.KeyInfo = keyInfo;
        signedXml.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signedXml.GetXml(), deep: true));
        return document.OuterXml;
    }
}
