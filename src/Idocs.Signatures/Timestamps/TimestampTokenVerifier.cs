using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Timestamps;

/// <summary>
/// Checks an RFC 3161 timestamp token: its message imprint must be the digest of the timestamped
/// data (for a signature timestamp, the signature value), and the TSA's own signature, signed
/// attributes and signing-certificate binding must verify. The TSA's chain is not checked here.
/// </summary>
public static class TimestampTokenVerifier
{
    public static TimestampVerification Verify(ReadOnlySpan<byte> token, ReadOnlySpan<byte> timestampedData)
    {
        try
        {
            var der = token.ToArray();
            if (Asn1Object.FromByteArray(der) is not Asn1Sequence sequence)
            {
                return Failed("the token is not an ASN.1 SEQUENCE", null, null, []);
            }

            return der.AsSpan().SequenceEqual(sequence.GetEncoded(Asn1Encodable.Der))
                ? VerifyParsed(ContentInfo.GetInstance(sequence), der, timestampedData)
                : Failed("the token is not DER-encoded", null, null, []);
        }
        catch (Exception exception) when (Asn1Failures.IsMalformedInput(exception))
        {
            return Failed($"the token cannot be parsed ({exception.Message})", null, null, []);
        }
    }

    private static TimestampVerification VerifyParsed(ContentInfo contentInfo, byte[] der, ReadOnlySpan<byte> timestampedData)
    {
        if (contentInfo.ContentType.Id != CmsOids.SignedData)
        {
            return Failed($"the token's content type is {contentInfo.ContentType.Id}, not signed data", null, null, []);
        }

        var signedData = SignedData.GetInstance(contentInfo.Content);
        var encapsulated = signedData.EncapContentInfo;
        if (encapsulated.ContentType.Id != CmsOids.TstInfo || encapsulated.Content is null || signedData.SignerInfos.Count != 1)
        {
            return Failed("the token does not hold exactly one signer over a TSTInfo", null, null, []);
        }

        var signer = SignerInfo.GetInstance(signedData.SignerInfos[0]);
        var structureProblem = CmsStructure.Problem(signedData, [signer]);
        if (structureProblem is not null)
        {
            return Failed(structureProblem, null, null, []);
        }

        var tstInfoBytes = Asn1OctetString.GetInstance(encapsulated.Content).GetOctets();
        var tstInfo = TstInfo.GetInstance(Asn1Object.FromByteArray(tstInfoBytes));
        var genTime = new DateTimeOffset(tstInfo.GenTime.ToDateTime().ToUniversalTime(), TimeSpan.Zero);
        var certificates = SignerCertificateLocator.Certificates(signedData.Certificates);
        var inspection = SignerInfoVerifier.Verify(
            signer, certificates, CmsOids.TstInfo,
            algorithm => DigestAlgorithms.Compute(algorithm, tstInfoBytes));

        var problem = TsaProblem(inspection, genTime) ?? ImprintProblem(tstInfo, timestampedData);
        if (problem is not null)
        {
            return Failed(problem, genTime, inspection.Certificate, certificates);
        }

        var tsa = NcaCertificate.From(inspection.Certificate!);
        var description = $"Timestamp {tstInfo.SerialNumber.Value} at {genTime:O} by {tsa.CommonName}, policy {tstInfo.Policy?.Id}";
        var check = new ValidationCheck(
            ValidationCheckNames.Timestamp, CheckStatus.Passed,
            $"{description}: the imprint covers the signature value and the TSA signature verifies.");
        var evidence = new ValidationEvidence(EvidenceKinds.TimestampToken, description, genTime, der);
        return new TimestampVerification(check, genTime, inspection.Certificate, certificates, evidence);
    }

    private static string? TsaProblem(SignerInfoInspection inspection, DateTimeOffset genTime)
    {
        if (!inspection.AllPassed)
        {
            return $"the TSA signature does not verify: {inspection.FirstProblem!.Reason}";
        }

        var tsa = NcaCertificate.From(inspection.Certificate!);
        if (!tsa.ExtendedKeyUsages.Contains(NcaOids.TimeStamping))
        {
            return $"certificate {tsa.SerialNumber} of the token's signer is not a TSA certificate (no timeStamping extended key usage)";
        }

        return tsa.IsValidAt(genTime) ? null : $"genTime {genTime:O} lies outside the TSA certificate's validity";
    }

    private static string? ImprintProblem(TstInfo tstInfo, ReadOnlySpan<byte> timestampedData)
    {
        var imprint = tstInfo.MessageImprint;
        var algorithm = DigestAlgorithms.FromOid(imprint.HashAlgorithm.Algorithm.Id);
        if (algorithm is null)
        {
            return $"the imprint algorithm {imprint.HashAlgorithm.Algorithm.Id} is not supported";
        }

        var expected = DigestAlgorithms.Compute(algorithm.Value, timestampedData);
        return expected.AsSpan().SequenceEqual(imprint.GetHashedMessage())
            ? null
            : $"the {algorithm} message imprint does not match the timestamped data";
    }

    private static TimestampVerification Failed(
        string reason, DateTimeOffset? genTime, X509Certificate? tsa, IReadOnlyList<X509Certificate> certificates) =>
        new(
            new ValidationCheck(ValidationCheckNames.Timestamp, CheckStatus.Failed, $"The timestamp is invalid: {reason}.", SubIndication.TimestampFailure),
            genTime, tsa, certificates, null);
}
