using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>RSA keys and verifiers for XMLDSig tests.</summary>
internal static class XmlTestKeys
{
    /// <summary>Password of the NCA RSA test key KEY_INDIVIDUAL_VALID_SIGN_2004.p12 (MANIFEST).</summary>
    public const string NcaRsaKeyPassword = "Qwerty12";

    // Generating RSA-2048 keys dominates the test time, so each common name gets one key per run.
    private static readonly ConcurrentDictionary<string, RSA> Keys = new(StringComparer.Ordinal);

    public static X509Certificate2 CreateSelfSigned(string commonName)
    {
        var rsa = Keys.GetOrAdd(commonName, _ => RSA.Create(2048));
        var request = new CertificateRequest($"CN={commonName}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    public static X509Certificate2 LoadNcaRsaKey() =>
        X509CertificateLoader.LoadPkcs12(
            XmlTestData.Read("kz-pki", "ncanode", "keys", "KEY_INDIVIDUAL_VALID_SIGN_2004.p12"),
            NcaRsaKeyPassword,
            X509KeyStorageFlags.EphemeralKeySet,
            Pkcs12LoaderLimits.DangerousNoLimits);

    public static XmlSignatureVerifier CreateVerifier(XmlParsingLimits? limits = null) =>
        new(new RsaTestSignatureVerifier(), new XmlDigestCalculator(), limits);

    public static XmlSignatureSigner CreateSigner() => new(new XmlDigestCalculator());
}
