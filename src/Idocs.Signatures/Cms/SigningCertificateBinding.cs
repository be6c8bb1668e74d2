using Idocs.Signatures.Digests;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Checks the ESS signing-certificate attribute (v2 per RFC 5035, or v1 per RFC 2634): the first
/// certificate hash must be the hash of the signer's certificate and its issuer and serial, when
/// present, must name it.
/// </summary>
internal static class SigningCertificateBinding
{
    public static ValidationCheck Check(Asn1Set? signedAttributes, X509Certificate certificate)
    {
        var v2 = CmsAttributes.All(signedAttributes, CmsOids.SigningCertificateV2);
        var v1 = CmsAttributes.All(signedAttributes, CmsOids.SigningCertificate);
        if (v2.Count + v1.Count != 1)
        {
            return Failed(v2.Count + v1.Count == 0
                ? "the signingCertificateV2 (or signingCertificate) attribute is missing"
                : "the signing-certificate attribute occurs more than once");
        }

        var (algorithm, hash, issuerSerial) = v2.Count == 1
            ? FromV2(SigningCertificateV2.GetInstance(v2[0].AttrValues[0]))
            : FromV1(SigningCertificate.GetInstance(v1[0].AttrValues[0]));
        if (algorithm is null)
        {
            return Failed("the signing-certificate attribute uses an unsupported hash algorithm");
        }

        var actual = DigestAlgorithms.Compute(algorithm.Value, certificate.GetEncoded());
        if (!actual.AsSpan().SequenceEqual(hash))
        {
            return Failed($"the {algorithm} certificate hash does not match the signer's certificate");
        }

        if (issuerSerial is not null && !Names(issuerSerial, certificate))
        {
            return Failed("the issuer and serial in the signing-certificate attribute do not name the signer's certificate");
        }

        return new ValidationCheck(
            ValidationCheckNames.SigningCertificateBinding, CheckStatus.Passed,
            $"The signing-certificate attribute binds certificate {certificate.SerialNumber.ToString(16)} by its {algorithm} hash.");
    }

    private static (DigestAlgorithm? Algorithm, byte[] Hash, IssuerSerial? IssuerSerial) FromV2(SigningCertificateV2 attribute)
    {
        var first = attribute.GetCerts()[0];
        return (DigestAlgorithms.FromOid(first.HashAlgorithm.Algorithm.Id), first.GetCertHash(), first.IssuerSerial);
    }

    private static (DigestAlgorithm? Algorithm, byte[] Hash, IssuerSerial? IssuerSerial) FromV1(SigningCertificate attribute)
    {
        var first = attribute.GetCerts()[0];
        return (DigestAlgorithm.Sha1, first.GetCertHash(), first.IssuerSerial);
    }

    private static bool Names(IssuerSerial issuerSerial, X509Certificate certificate)
    {
        var directoryName = issuerSerial.Issuer.GetNames().FirstOrDefault(n => n.TagNo == GeneralName.DirectoryName);
        return issuerSerial.Serial.Value.Equals(certificate.SerialNumber)
            && directoryName is not null
            && X509Name.GetInstance(directoryName.Name).GetEncoded(Asn1Encodable.Der).AsSpan()
                .SequenceEqual(certificate.IssuerDN.GetEncoded(Asn1Encodable.Der));
    }

    private static ValidationCheck Failed(string reason) => new(
        ValidationCheckNames.SigningCertificateBinding, CheckStatus.Failed,
        $"The signer's certificate is not bound to the signature: {reason}.", SubIndication.SigConstraintsFailure);
}
