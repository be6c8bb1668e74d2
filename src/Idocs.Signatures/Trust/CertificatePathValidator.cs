using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// The structural part of RFC 5280 section 6.1 for one candidate path: signatures (through
/// <see cref="ISignatureVerifier"/>), validity at the validation time, name chaining, basic
/// constraints and path length, key usage, certificate policies, name constraints and unknown
/// critical extensions. Revocation is checked separately by <see cref="CertificateChainValidator"/>.
/// </summary>
public sealed class CertificatePathValidator(ISignatureVerifier signatureVerifier)
{
    private static readonly HashSet<string> ProcessedExtensions =
    [
        X509Extensions.BasicConstraints.Id,
        X509Extensions.KeyUsage.Id,
        X509Extensions.CertificatePolicies.Id,
        X509Extensions.PolicyMappings.Id,
        X509Extensions.PolicyConstraints.Id,
        X509Extensions.InhibitAnyPolicy.Id,
        X509Extensions.NameConstraints.Id,
        X509Extensions.SubjectAlternativeName.Id,
        X509Extensions.ExtendedKeyUsage.Id,
    ];

    /// <summary>
    /// Validates the path structure. Returns the constrained policy set on success, or the first
    /// chain failure and the first validity failure found (either may be null).
    /// </summary>
    public PathStructureResult Validate(CertificatePath path, PathValidationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(settings);

        var count = path.Certificates.Count;
        var policy = new PolicyState(settings, count);
        var names = new NameConstraintsState();
        var maxPathLength = count;
        PathCheckFailure? chainFailure = null;
        PathCheckFailure? validityFailure = null;

        for (var i = 0; i < count && chainFailure is null; i++)
        {
            var certificate = path.Certificates[i];
            var issuer = path.IssuerOf(i);
            var isTarget = i == count - 1;
            var label = Describe(certificate);

            chainFailure = CheckSignatureAndName(certificate, issuer, label);
            validityFailure ??= CheckValidity(certificate, settings.ValidationTime, label, isTarget);
            if (chainFailure is not null)
            {
                break;
            }

            try
            {
                chainFailure = ProcessCertificate(certificate, i, isTarget, policy, names, label)
                    ?? (isTarget
                        ? WrapUp(certificate, policy, settings, label)
                        : PrepareNext(certificate, policy, names, ref maxPathLength, label));
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or InvalidCastException
                or IOException or Org.BouncyCastle.Asn1.Asn1Exception)
            {
                chainFailure = Chain(SubIndication.FormatFailure, $"{label} has a malformed extension: {exception.Message}");
            }
        }

        return new PathStructureResult(chainFailure, validityFailure, chainFailure is null ? policy.ConstrainedPolicies : []);
    }

    private PathCheckFailure? CheckSignatureAndName(X509Certificate certificate, X509Certificate issuer, string label)
    {
        if (!DistinguishedNames.AreEqual(certificate.IssuerDN, issuer.SubjectDN))
        {
            return Chain(SubIndication.ChainConstraintsFailure, $"{label} names issuer '{certificate.IssuerDN}', not '{issuer.SubjectDN}'");
        }

        var structure = certificate.CertificateStructure;
        if (!structure.SignatureAlgorithm.Equals(structure.TbsCertificate.Signature))
        {
            return Chain(SubIndication.FormatFailure, $"{label} has different signature algorithms inside and outside the signed part");
        }

        if (structure.Signature.PadBits != 0)
        {
            return Chain(SubIndication.CertificateChainGeneralFailure, $"the signature of {label} is not a whole number of bytes");
        }

        var verified = signatureVerifier.Verify(
            issuer.CertificateStructure.SubjectPublicKeyInfo,
            structure.SignatureAlgorithm,
            certificate.GetTbsCertificate(),
            structure.Signature.GetBytes());
        if (verified.IsSuccess)
        {
            return null;
        }

        if (verified.Error.Code == SignatureErrorCodes.UnsupportedAlgorithm)
        {
            return new PathCheckFailure(
                ValidationCheckNames.CertificateChain,
                CheckStatus.Indeterminate,
                SubIndication.CryptoConstraintsFailure,
                $"the signature of {label} uses an algorithm that cannot be verified: {verified.Error.Message}");
        }

        return Chain(SubIndication.CertificateChainGeneralFailure, $"the signature of {label} does not verify with the key of '{issuer.SubjectDN}'");
    }

    private static PathCheckFailure? CheckValidity(X509Certificate certificate, DateTimeOffset time, string label, bool isTarget)
    {
        var notBefore = new DateTimeOffset(certificate.NotBefore, TimeSpan.Zero);
        var notAfter = new DateTimeOffset(certificate.NotAfter, TimeSpan.Zero);
        if (time < notBefore)
        {
            return new PathCheckFailure(
                ValidationCheckNames.ValidityAtSigningTime,
                CheckStatus.Failed,
                isTarget ? SubIndication.NotYetValid : SubIndication.ChainConstraintsFailure,
                $"{label} is not valid before {notBefore:O}, after the validation time {time:O}");
        }

        if (time > notAfter)
        {
            return new PathCheckFailure(
                ValidationCheckNames.ValidityAtSigningTime,
                CheckStatus.Failed,
                isTarget ? SubIndication.Expired : SubIndication.ChainConstraintsFailure,
                $"{label} expired at {notAfter:O}, before the validation time {time:O}");
        }

        return null;
    }

    private static PathCheckFailure? ProcessCertificate(
        X509Certificate certificate, int index, bool isTarget, PolicyState policy, NameConstraintsState names, string label)
    {
        if (isTarget || !CertificateExtensions.IsSelfIssued(certificate))
        {
            var violation = names.FindViolation(
                certificate.SubjectDN, CertificateExtensions.GetSubjectAlternativeNames(certificate), checkSubject: true);
            if (violation is not null)
            {
                return Chain(SubIndication.ChainConstraintsFailure, $"{label}: {violation}");
            }
        }

        var policyError = policy.ProcessCertificate(certificate, index);
        return policyError is null ? null : Chain(SubIndication.ChainConstraintsFailure, $"{label}: {policyError}");
    }

    private static PathCheckFailure? PrepareNext(
        X509Certificate certificate, PolicyState policy, NameConstraintsState names, ref int maxPathLength, string label)
    {
        var policyError = policy.PrepareNext(certificate);
        if (policyError is not null)
        {
            return Chain(SubIndication.ChainConstraintsFailure, $"{label}: {policyError}");
        }

        var constraints = CertificateExtensions.GetNameConstraints(certificate);
        if (constraints is not null && !names.Add(constraints))
        {
            return new PathCheckFailure(
                ValidationCheckNames.CertificateChain,
                CheckStatus.Indeterminate,
                SubIndication.ChainConstraintsFailure,
                $"{label} has name constraints of a type this validator does not check (only directoryName, rfc822Name, dNSName and URI are checked)");
        }

        if (certificate.Version < 3)
        {
            return Chain(SubIndication.ChainConstraintsFailure, $"{label} is a version {certificate.Version} certificate and cannot be a CA");
        }

        var basic = CertificateExtensions.GetBasicConstraints(certificate);
        if (!basic.IsCa)
        {
            return Chain(SubIndication.ChainConstraintsFailure, $"{label} issues certificates but its basicConstraints does not mark it as a CA");
        }

        if (!CertificateExtensions.IsSelfIssued(certificate))
        {
            if (maxPathLength <= 0)
            {
                return Chain(SubIndication.ChainConstraintsFailure, $"{label} exceeds the path length a CA above it allows");
            }

            maxPathLength--;
        }

        if (basic.PathLength is { } pathLength && pathLength < maxPathLength)
        {
            maxPathLength = pathLength;
        }

        var keyUsage = certificate.GetKeyUsage();
        if (keyUsage is not null && !keyUsage[5])
        {
            return Chain(SubIndication.ChainConstraintsFailure, $"{label} issues certificates but its key usage lacks keyCertSign");
        }

        return UnknownCriticalExtension(certificate, label);
    }

    private static PathCheckFailure? WrapUp(
        X509Certificate target, PolicyState policy, PathValidationSettings settings, string label)
    {
        var policyError = policy.WrapUp(target, settings.InitialPolicies);
        if (policyError is not null)
        {
            return Chain(SubIndication.ChainConstraintsFailure, $"{label}: {policyError}");
        }

        return UnknownCriticalExtension(target, label);
    }

    private static PathCheckFailure? UnknownCriticalExtension(X509Certificate certificate, string label)
    {
        var unknown = certificate.GetCriticalExtensionOids()?.FirstOrDefault(oid => !ProcessedExtensions.Contains(oid));
        return unknown is null
            ? null
            : Chain(SubIndication.ChainConstraintsFailure, $"{label} has the unrecognised critical extension {unknown}");
    }

    private static PathCheckFailure Chain(SubIndication subIndication, string reason) =>
        new(ValidationCheckNames.CertificateChain, CheckStatus.Failed, subIndication, reason);

    internal static string Describe(X509Certificate certificate) =>
        $"certificate '{certificate.SubjectDN}' (serial {certificate.SerialNumber.ToString(16)})";
}
