using System.Security.Cryptography;
using Idocs.Common.Results;
using Idocs.Documents;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using AccountsRevocationStatus = Idocs.Documents.Authentication.Certificates.RevocationStatus;

namespace Idocs.Web.Accounts;

/// <summary>
/// Verifies a signed login or registration challenge with <c>Idocs.Signatures</c>: an enveloped
/// XMLDSig over the <see cref="ChallengeDocument"/> as NCALayer <c>signXml</c> makes it, or a CMS
/// with the challenge bytes attached. The chain and revocation (the configured OCSP, then CRLs) are
/// checked at the current time. A signer's certificate outside its own validity period is returned
/// with an indeterminate revocation status, so that the login policy reports it as expired rather
/// than as untrusted.
/// </summary>
public sealed partial class SignaturesChallengeVerifier(
    XmlSignatureVerifier xmlVerifier,
    CmsVerificationOptions cmsOptions,
    ICertificateTrustEvaluator trustEvaluator,
    NcaCertificateReader certificateReader,
    TimeProvider clock,
    ILogger<SignaturesChallengeVerifier> logger) : ICertificateSignatureVerifier
{
    public async Task<Result<VerifiedSigner>> VerifyChallengeAsync(
        SignedChallenge signedChallenge,
        ReadOnlyMemory<byte> expectedChallenge,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signedChallenge);
        var signer = signedChallenge.Format switch
        {
            SignedChallengeFormat.XmlDsig => VerifyXml(signedChallenge.SignedData, expectedChallenge),
            SignedChallengeFormat.Cms => await VerifyCmsAsync(signedChallenge.SignedData, expectedChallenge, cancellationToken).ConfigureAwait(false),
            _ => Invalid($"the signature format {signedChallenge.Format} is not supported"),
        };
        if (!signer.IsSuccess)
        {
            return signer.Error;
        }

        return await JudgeCertificateAsync(signer.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the hex SHA-256 of a DER certificate, the thumbprint form this verifier reports.</summary>
    public static string Thumbprint(ReadOnlySpan<byte> certificateDer) => Convert.ToHexString(SHA256.HashData(certificateDer));

    private Result<X509Certificate> VerifyXml(ReadOnlyMemory<byte> xml, ReadOnlyMemory<byte> expectedChallenge)
    {
        var verified = xmlVerifier.Verify(xml, XmlSignatureVerificationOptions.Default);
        if (verified.Signatures.Count != 1)
        {
            return Invalid(verified.Rejection?.Message ?? $"the document has {verified.Signatures.Count} signatures, expected exactly one");
        }

        var signature = verified.Signatures[0];
        if (signature.Rejection is not null || signature.SignerCertificate is null)
        {
            return Invalid(signature.Rejection?.Message ?? "the signature names no certificate");
        }

        var cryptographic = FindFailure(signature.Report);
        if (cryptographic is not null)
        {
            return Invalid(cryptographic.Reason);
        }

        var wholeDocument = signature.References.FirstOrDefault(reference => reference.Uri.Length == 0);
        var content = wholeDocument?.LoadContent();
        if (content is not { IsSuccess: true } || !ChallengeDocument.CarriesNonce(content.Value.Value!, expectedChallenge.Span))
        {
            return Invalid("the signed document is not the issued challenge");
        }

        return new X509CertificateParser().ReadCertificate(signature.SignerCertificate);
    }

    private async Task<Result<X509Certificate>> VerifyCmsAsync(ReadOnlyMemory<byte> cms, ReadOnlyMemory<byte> expectedChallenge, CancellationToken cancellationToken)
    {
        // Without a trust evaluator the CMS verifier checks only the signature; trust is judged below.
        var verifier = new CmsSignatureVerifier(cmsOptions, clock);
        var reports = await verifier.VerifyAsync(cms, CmsContent.FromBytes(expectedChallenge.ToArray()), cancellationToken).ConfigureAwait(false);
        if (reports.Count != 1 || reports[0].Signer is not { } identity)
        {
            return Invalid($"the CMS has {reports.Count} signers or an unreadable signer, expected exactly one");
        }

        var failure = FindFailure(reports[0]);
        if (failure is not null)
        {
            return Invalid(failure.Reason);
        }

        var certificate = ReadCmsCertificates(cms)
            .FirstOrDefault(candidate => string.Equals(candidate.SerialNumber.ToString(16), identity.CertificateSerial, StringComparison.OrdinalIgnoreCase));
        return certificate is null ? Invalid("the CMS does not carry the signer's certificate") : certificate;
    }

    /// <summary>Reads the certificates a CMS carries; the verifier above already parsed the same bytes successfully.</summary>
    private static IEnumerable<X509Certificate> ReadCmsCertificates(ReadOnlyMemory<byte> cms)
    {
        var contentInfo = ContentInfo.GetInstance(Asn1Object.FromByteArray(cms.ToArray()));
        var signedData = SignedData.GetInstance(contentInfo.Content);
        return (signedData.Certificates?.Cast<Asn1Encodable>() ?? [])
            .Select(element => new X509Certificate(X509CertificateStructure.GetInstance(element)));
    }

    private async Task<Result<VerifiedSigner>> JudgeCertificateAsync(X509Certificate certificate, CancellationToken cancellationToken)
    {
        var read = certificateReader.Read(certificate);
        if (!read.IsSuccess)
        {
            return new Error(AccountsErrorCodes.CertificateUntrusted, $"The certificate cannot be read as an NCA RK certificate: {read.Error.Message}");
        }

        var nca = read.Value!;
        var now = clock.GetUtcNow();
        var evaluation = await trustEvaluator.EvaluateAsync(
            new TrustEvaluationRequest(certificate, CertificateRole.Signer, [], now, ValidationTimeIsProven: false),
            cancellationToken).ConfigureAwait(false);

        var chain = evaluation.Checks.FirstOrDefault(check => check.Name == ValidationCheckNames.CertificateChain);
        if (chain is null || !IsTrustedChain(chain, nca, now))
        {
            LogUntrusted(logger, nca.SerialNumber, chain?.Reason ?? "no chain check");
            return new Error(
                AccountsErrorCodes.CertificateUntrusted,
                $"The certificate {nca.SerialNumber} does not chain to a trusted NCA RK certificate authority; use a certificate issued by NCA RK.");
        }

        var revocation = ReadRevocation(evaluation.Checks, chain);
        return new VerifiedSigner(
            nca.Iin ?? string.Empty,
            nca.Bin,
            nca.Surname ?? nca.CommonName,
            nca.GivenName ?? string.Empty,
            nca.Patronymic,
            nca.Organization,
            nca.Email,
            ReadKeyUsage(nca.KeyPurposes),
            ReadSubjectKind(nca),
            ReadRoles(nca.Roles),
            nca.SerialNumber,
            Thumbprint(certificate.GetEncoded()),
            nca.NotBefore,
            nca.NotAfter,
            revocation);
    }

    /// <summary>
    /// Whether the chain reaches a trust anchor: the check passed, could not finish its revocation
    /// part now, or failed only because the signer's own certificate is outside its validity period.
    /// </summary>
    private static bool IsTrustedChain(ValidationCheck chain, NcaCertificate signer, DateTimeOffset now) =>
        chain.Status == CheckStatus.Passed
        || chain.SubIndication == SubIndication.TryLater
        || (chain.SubIndication is SubIndication.Expired or SubIndication.NotYetValid or SubIndication.OutOfBoundsNoPoe && !signer.IsValidAt(now));

    /// <summary>A revocation check that could not run (responder down, no CRL) is indeterminate, never good.</summary>
    private static AccountsRevocationStatus ReadRevocation(IReadOnlyList<ValidationCheck> checks, ValidationCheck chain)
    {
        if (chain.Status != CheckStatus.Passed)
        {
            return AccountsRevocationStatus.Indeterminate;
        }

        var revocation = checks.FirstOrDefault(check => check.Name == ValidationCheckNames.Revocation);
        return revocation switch
        {
            { Status: CheckStatus.Passed } => AccountsRevocationStatus.Good,
            { Status: CheckStatus.Failed, SubIndication: SubIndication.Revoked or SubIndication.RevokedNoPoe } => AccountsRevocationStatus.Revoked,
            _ => AccountsRevocationStatus.Indeterminate,
        };
    }

    /// <summary>
    /// A certificate with the individual role and without the legal-entity role is an individual's,
    /// even when it names a business in O and OU, as a sole proprietor's certificate does.
    /// </summary>
    private static CertificateSubjectKind ReadSubjectKind(NcaCertificate certificate)
    {
        if (certificate.Roles.Contains(NcaRole.Individual) && !certificate.Roles.Contains(NcaRole.LegalEntity))
        {
            return CertificateSubjectKind.Individual;
        }

        return certificate.SubjectKind is NcaSubjectKind.LegalEntityEmployee or NcaSubjectKind.InformationSystem
            ? CertificateSubjectKind.LegalEntity
            : CertificateSubjectKind.Individual;
    }

    private static CertificateKeyUsage ReadKeyUsage(NcaKeyPurposes purposes) => purposes switch
    {
        NcaKeyPurposes.Authentication => CertificateKeyUsage.Authentication,
        NcaKeyPurposes.Signing | NcaKeyPurposes.Authentication => CertificateKeyUsage.AuthenticationAndSigning,
        _ => CertificateKeyUsage.Signing,
    };

    private static SignerRoles ReadRoles(IReadOnlySet<NcaRole> roles)
    {
        var result = SignerRoles.None;
        foreach (var role in roles)
        {
            result |= role switch
            {
                NcaRole.FirstHead => SignerRoles.FirstHead,
                NcaRole.RightToSign => SignerRoles.RightToSign,
                NcaRole.Employee => SignerRoles.Employee,
                NcaRole.FinancialSigning => SignerRoles.FinancialSignature,
                NcaRole.HumanResources => SignerRoles.HumanResources,
                _ => SignerRoles.None,
            };
        }

        return result;
    }

    /// <summary>Returns the first failed check other than the trust checks, which this class judges itself.</summary>
    private static ValidationCheck? FindFailure(ValidationReport report) =>
        report.Checks.FirstOrDefault(check =>
            check.Status == CheckStatus.Failed
            && check.Name is not (ValidationCheckNames.CertificateChain or ValidationCheckNames.ValidityAtSigningTime
                or ValidationCheckNames.Revocation or ValidationCheckNames.Timestamp or ValidationCheckNames.KeyUsage));

    private static Error Invalid(string reason) => new(
        AccountsErrorCodes.ChallengeSignatureInvalid,
        $"The signed challenge is not valid ({reason}); sign the challenge again in NCALayer.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected certificate {CertificateSerialNumber} of a challenge response as untrusted: {Reason}")]
    private static partial void LogUntrusted(ILogger logger, string certificateSerialNumber, string reason);
}
