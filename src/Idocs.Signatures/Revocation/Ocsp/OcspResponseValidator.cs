using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Trust;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>
/// Checks an OCSP response for one certificate (RFC 6960 3.2): success status, a single response
/// for the right CertID, a signature by the issuer or by a responder the issuer certified with
/// id-kp-OCSPSigning, the nonce, and freshness of thisUpdate and nextUpdate within a tolerance.
/// </summary>
public sealed class OcspResponseValidator(ISignatureVerifier verifier, OcspOptions options)
{
    private const string OcspSigningPurpose = "1.3.6.1.5.5.7.3.9";

    /// <param name="der">The OCSPResponse bytes as received.</param>
    /// <param name="certificate">The certificate asked about.</param>
    /// <param name="issuer">Its issuer.</param>
    /// <param name="nonce">The request's nonce, or null when the response was not requested by us (a stored response).</param>
    /// <param name="checkTime">The time freshness is judged at: now for a live response, the recorded time for a stored one.</param>
    public Result<OcspResponseStatus> Validate(
        byte[] der, X509Certificate certificate, X509Certificate issuer, byte[]? nonce, DateTimeOffset checkTime)
    {
        ArgumentNullException.ThrowIfNull(der);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);

        BasicOcspResponse basic;
        try
        {
            var response = OcspResponse.GetInstance(Asn1Object.FromByteArray(der));
            var status = response.ResponseStatus.IntValueExact;
            if (status != Org.BouncyCastle.Asn1.Ocsp.OcspResponseStatus.Successful)
            {
                return Fail(OcspErrorCodes.ResponderError, $"the responder returned error status {status}");
            }

            if (response.ResponseBytes is null || !response.ResponseBytes.ResponseType.Equals(OcspObjectIdentifiers.PkixOcspBasic))
            {
                return Fail(OcspErrorCodes.Malformed, "the response is not a basic OCSP response");
            }

            basic = BasicOcspResponse.GetInstance(Asn1Object.FromByteArray(response.ResponseBytes.Response.GetOctets()));
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException
            or InvalidOperationException or Asn1Exception or ArithmeticException)
        {
            return Fail(OcspErrorCodes.Malformed, $"the response cannot be parsed: {exception.Message}");
        }

        try
        {
            return Check(basic, der, certificate, issuer, nonce, checkTime);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException
            or InvalidOperationException or Asn1Exception or ArithmeticException)
        {
            return Fail(OcspErrorCodes.Malformed, $"the response has a malformed field: {exception.Message}");
        }
    }

    private Result<OcspResponseStatus> Check(
        BasicOcspResponse basic, byte[] der, X509Certificate certificate, X509Certificate issuer, byte[]? nonce, DateTimeOffset checkTime)
    {
        var data = basic.TbsResponseData;
        var responder = FindResponder(basic, issuer, ToTime(data.ProducedAt));
        if (responder is null)
        {
            return Fail(OcspErrorCodes.UntrustedResponse, $"the response is signed neither by '{issuer.SubjectDN}' nor by a responder it authorised");
        }

        if (basic.Signature.PadBits != 0 || !verifier.Verify(
                responder.CertificateStructure.SubjectPublicKeyInfo,
                basic.SignatureAlgorithm,
                data.GetDerEncoded(),
                basic.Signature.GetBytes()).IsSuccess)
        {
            return Fail(OcspErrorCodes.UntrustedResponse, $"the response signature does not verify with the key of '{responder.SubjectDN}'");
        }

        var nonceError = CheckNonce(data.ResponseExtensions, nonce);
        if (nonceError is not null)
        {
            return Fail(OcspErrorCodes.NonceMismatch, nonceError);
        }

        var single = data.Responses.Cast<Asn1Encodable>()
            .Select(SingleResponse.GetInstance)
            .FirstOrDefault(r => OcspCertificateId.Matches(r.CertId, issuer, certificate));
        if (single is null)
        {
            return Fail(OcspErrorCodes.CertificateNotInResponse, $"the response has no status for serial {certificate.SerialNumber.ToString(16)}");
        }

        var thisUpdate = ToTime(single.ThisUpdate);
        DateTimeOffset? nextUpdate = single.NextUpdate is null ? null : ToTime(single.NextUpdate);
        var tolerance = options.ClockTolerance;
        if (thisUpdate > checkTime + tolerance)
        {
            return Fail(OcspErrorCodes.Stale, $"thisUpdate {thisUpdate:O} lies in the future of {checkTime:O}");
        }

        var expiry = nextUpdate ?? thisUpdate + options.MaxAgeWithoutNextUpdate;
        if (expiry < checkTime - tolerance)
        {
            return Fail(OcspErrorCodes.Stale, $"the response expired at {expiry:O}, before {checkTime:O}");
        }

        var certStatus = single.CertStatus;
        switch (certStatus.TagNo)
        {
            case 0:
                return new OcspResponseStatus(RevocationStatus.Good, null, null, ToTime(data.ProducedAt), thisUpdate, nextUpdate, responder, der);
            case 1:
                var revoked = RevokedInfo.GetInstance(certStatus.Status);
                return new OcspResponseStatus(
                    RevocationStatus.Revoked,
                    ToTime(revoked.RevocationTime),
                    revoked.RevocationReason?.IntValueExact,
                    ToTime(data.ProducedAt),
                    thisUpdate,
                    nextUpdate,
                    responder,
                    der);
            default:
                return Fail(OcspErrorCodes.UnknownCertificate, $"the responder does not know serial {certificate.SerialNumber.ToString(16)}");
        }
    }

    private string? CheckNonce(X509Extensions? extensions, byte[]? expected)
    {
        if (expected is null)
        {
            return null;
        }

        var extension = extensions?.GetExtension(OcspObjectIdentifiers.PkixOcspNonce);
        if (extension is null)
        {
            return options.RequireNonce ? "the response carries no nonce although the request sent one" : null;
        }

        var value = extension.Value.GetOctets();
        var actual = TryUnwrapOctetString(value) ?? value;
        return actual.AsSpan().SequenceEqual(expected) ? null : "the response nonce differs from the request nonce";
    }

    private static byte[]? TryUnwrapOctetString(byte[] value)
    {
        try
        {
            return Asn1OctetString.GetInstance(Asn1Object.FromByteArray(value)).GetOctets();
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>The issuer when it signed, else an embedded certificate the issuer certified for OCSP signing.</summary>
    private X509Certificate? FindResponder(BasicOcspResponse basic, X509Certificate issuer, DateTimeOffset producedAt)
    {
        var responderId = basic.TbsResponseData.ResponderID;
        if (Identifies(responderId, issuer))
        {
            return issuer;
        }

        var embedded = basic.Certs?.Cast<Asn1Encodable>()
            .Select(c => new X509Certificate(X509CertificateStructure.GetInstance(c))) ?? [];
        foreach (var candidate in embedded)
        {
            if (Identifies(responderId, candidate) && IsAuthorisedResponder(candidate, issuer, producedAt))
            {
                return candidate;
            }
        }

        return null;
    }

    private bool IsAuthorisedResponder(X509Certificate candidate, X509Certificate issuer, DateTimeOffset producedAt)
    {
        if (!DistinguishedNames.AreEqual(candidate.IssuerDN, issuer.SubjectDN))
        {
            return false;
        }

        var purposes = candidate.GetExtendedKeyUsage();
        if (purposes is null || !purposes.Any(p => p.Id == OcspSigningPurpose))
        {
            return false;
        }

        if (producedAt < new DateTimeOffset(candidate.NotBefore, TimeSpan.Zero) || producedAt > new DateTimeOffset(candidate.NotAfter, TimeSpan.Zero))
        {
            return false;
        }

        // NOTE: the delegated responder's own revocation status is not checked (RFC 6960 4.2.2.2.1 leaves it to policy; NCA responders carry id-pkix-ocsp-nocheck).
        var structure = candidate.CertificateStructure;
        return structure.Signature.PadBits == 0 && verifier.Verify(
            issuer.CertificateStructure.SubjectPublicKeyInfo,
            structure.SignatureAlgorithm,
            candidate.GetTbsCertificate(),
            structure.Signature.GetBytes()).IsSuccess;
    }

    private static bool Identifies(ResponderID responderId, X509Certificate certificate)
    {
        var byName = responderId.Name;
        if (byName is not null)
        {
            return DistinguishedNames.AreEqual(byName, certificate.SubjectDN);
        }

        var byKey = responderId.GetKeyHash();
        return byKey is not null && byKey.AsSpan().SequenceEqual(OcspCertificateId.KeyHash(certificate));
    }

    private static DateTimeOffset ToTime(Asn1GeneralizedTime time) => new(time.ToDateTime().ToUniversalTime(), TimeSpan.Zero);

    private static Result<OcspResponseStatus> Fail(string code, string message) => Result<OcspResponseStatus>.Failure(code, message);
}
