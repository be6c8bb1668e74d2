using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Checks one SignerInfo with signed attributes: signer certificate, algorithms, content type,
/// message digest, signature value and signing-certificate binding. Used for the signatures
/// themselves and for the TSA's signature inside timestamp tokens.
/// </summary>
internal static class SignerInfoVerifier
{
    public static SignerInfoInspection Verify(
        SignerInfo signer,
        IReadOnlyList<X509Certificate> certificates,
        string encapsulatedContentType,
        Func<DigestAlgorithm, byte[]?> contentDigest)
    {
        var certificate = SignerCertificateLocator.Find(signer.SignerID, certificates);
        if (certificate is null)
        {
            return new SignerInfoInspection(
                [Check(ValidationCheckNames.SigningCertificateBinding, CheckStatus.Indeterminate,
                    "The signer's certificate is not in the CMS certificate set.", SubIndication.NoSigningCertificateFound)],
                null, null);
        }

        var scheme = SignatureSchemes.ResolveForCms(signer.DigestAlgorithm, signer.SignatureAlgorithm);
        if (!scheme.IsSuccess)
        {
            return new SignerInfoInspection(
                [Check(ValidationCheckNames.Algorithm, CheckStatus.Failed, scheme.Error.Message, SubIndication.CryptoConstraintsFailure)],
                certificate, null);
        }

        var attributes = signer.SignedAttrs;
        if (attributes is null)
        {
            return new SignerInfoInspection(
                [Check(ValidationCheckNames.Format, CheckStatus.Failed,
                    "The SignerInfo has no signed attributes; CAdES requires them.", SubIndication.FormatFailure)],
                certificate, null);
        }

        List<ValidationCheck> checks =
        [
            Check(ValidationCheckNames.Algorithm, CheckStatus.Passed, $"{scheme.Value.Name} is supported."),
            ContentTypeCheck(attributes, encapsulatedContentType),
            MessageDigestCheck(attributes, scheme.Value.Digest, contentDigest),
            SignatureValueCheck(signer, attributes, certificate, scheme.Value),
            SigningCertificateBinding.Check(attributes, certificate),
        ];
        return new SignerInfoInspection(checks, certificate, scheme.Value);
    }

    private static ValidationCheck ContentTypeCheck(Asn1Set attributes, string encapsulatedContentType)
    {
        var value = CmsAttributes.Single(attributes, CmsOids.ContentType, "contentType", out var problem);
        if (value is not DerObjectIdentifier contentType)
        {
            return Check(ValidationCheckNames.ContentType, CheckStatus.Failed,
                $"The content type cannot be confirmed: {problem ?? "its value is not an OID"}.", SubIndication.FormatFailure);
        }

        return contentType.Id == encapsulatedContentType
            ? Check(ValidationCheckNames.ContentType, CheckStatus.Passed, $"The signed content type {contentType.Id} matches the content.")
            : Check(ValidationCheckNames.ContentType, CheckStatus.Failed,
                $"The signed content type {contentType.Id} differs from the encapsulated type {encapsulatedContentType}.",
                SubIndication.FormatFailure);
    }

    private static ValidationCheck MessageDigestCheck(
        Asn1Set attributes, DigestAlgorithm algorithm, Func<DigestAlgorithm, byte[]?> contentDigest)
    {
        var value = CmsAttributes.Single(attributes, CmsOids.MessageDigest, "messageDigest", out var problem);
        if (value is not Asn1OctetString signedDigest)
        {
            return Check(ValidationCheckNames.MessageDigest, CheckStatus.Failed,
                $"The message digest cannot be read: {problem ?? "its value is not an OCTET STRING"}.", SubIndication.FormatFailure);
        }

        var actual = contentDigest(algorithm);
        if (actual is null)
        {
            return Check(ValidationCheckNames.MessageDigest, CheckStatus.Indeterminate,
                $"The signed content or its {algorithm} digest was not supplied, so the message digest could not be compared.",
                SubIndication.SignedDataNotFound);
        }

        return actual.AsSpan().SequenceEqual(signedDigest.GetOctets())
            ? Check(ValidationCheckNames.MessageDigest, CheckStatus.Passed, $"The {algorithm} digest of the content matches the signed message digest.")
            : Check(ValidationCheckNames.MessageDigest, CheckStatus.Failed,
                $"The {algorithm} digest of the content differs from the signed message digest: the content was changed.",
                SubIndication.HashFailure);
    }

    private static ValidationCheck SignatureValueCheck(
        SignerInfo signer, Asn1Set attributes, X509Certificate certificate, SignatureScheme scheme)
    {
        var result = SignatureVerifier.Verify(
            certificate.SubjectPublicKeyInfo, scheme, attributes.GetEncoded(Asn1Encodable.Der), signer.Signature.GetOctets());
        if (result.IsSuccess)
        {
            return Check(ValidationCheckNames.SignatureValue, CheckStatus.Passed, $"The {scheme.Name} signature over the signed attributes verifies.");
        }

        var subIndication = result.Error.Code == SignatureErrorCodes.SignatureInvalid
            ? SubIndication.SigCryptoFailure
            : SubIndication.CryptoConstraintsFailure;
        return Check(ValidationCheckNames.SignatureValue, CheckStatus.Failed, result.Error.Message, subIndication);
    }

    private static ValidationCheck Check(string name, CheckStatus status, string reason, SubIndication subIndication = SubIndication.None) =>
        new(name, status, reason, subIndication);
}
