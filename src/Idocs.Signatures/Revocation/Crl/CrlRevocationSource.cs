using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Trust;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Crl;

/// <summary>
/// Revocation status from the CRLs in a <see cref="CrlStore"/>, following RFC 5280 section 6.3:
/// distribution points, issuing distribution point scope, reason partitions, indirect CRLs with a
/// cRLIssuer, delta CRLs, and CRL signatures checked through <see cref="ISignatureVerifier"/>
/// by the issuing CA or by a separately certified CRL signer. A certificate is Good only when
/// trusted CRLs cover every reason.
/// </summary>
public sealed class CrlRevocationSource(CrlStore store, ISignatureVerifier verifier) : IRevocationSource
{
    private const int CrlSignBit = 6;

    public async Task<RevocationResult> CheckAsync(RevocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var certificate = request.Certificate;
        var reasonsMask = 0;
        var evidence = new List<ValidationEvidence>();
        var problems = new List<string>();
        foreach (var point in DistributionPoints(certificate))
        {
            var crlIssuerName = point.CrlIssuer ?? certificate.IssuerDN;
            foreach (var crl in store.FindByIssuer(crlIssuerName).Where(c => !c.IsDelta).OrderByDescending(c => c.ThisUpdate))
            {
                if (reasonsMask == CrlReasons.AllReasons)
                {
                    break;
                }

                var scope = CheckScope(crl, point, certificate, request.ValidationTime);
                if (scope.Problem is not null)
                {
                    problems.Add(scope.Problem);
                    continue;
                }

                if ((scope.Reasons & ~reasonsMask) == 0)
                {
                    continue;
                }

                var signer = await FindSignerAsync(crl, request, cancellationToken).ConfigureAwait(false);
                if (signer is null)
                {
                    problems.Add($"{crl.Describe()} has no signature from a trusted CRL signer");
                    continue;
                }

                var delta = FindDelta(crl, signer, request.ValidationTime);
                evidence.Add(Evidence(crl));
                if (delta is not null)
                {
                    evidence.Add(Evidence(delta));
                }

                var entry = delta?.Find(certificate.IssuerDN, certificate.SerialNumber) ?? crl.Find(certificate.IssuerDN, certificate.SerialNumber);
                if (entry is not null)
                {
                    if (entry.HasUnknownCriticalExtension)
                    {
                        problems.Add($"the entry of {crl.Describe()} has an unrecognised critical extension");
                        continue;
                    }

                    if (entry.ReasonCode != CrlReasons.RemoveFromCrl)
                    {
                        return new RevocationResult(
                            RevocationStatus.Revoked,
                            $"listed in {(delta ?? crl).Describe()}",
                            entry.RevocationDate,
                            entry.ReasonCode) { Evidence = evidence };
                    }
                }

                reasonsMask |= scope.Reasons;
            }
        }

        if (reasonsMask == CrlReasons.AllReasons)
        {
            return new RevocationResult(RevocationStatus.Good, $"not listed in {string.Join(", ", evidence.Select(e => e.Description))}")
            {
                Evidence = evidence,
            };
        }

        var reason = problems.Count > 0
            ? string.Join("; ", problems.Distinct())
            : $"no current CRL of '{certificate.IssuerDN}' covering {request.ValidationTime:O} is available";
        return RevocationResult.Unknown(reason) with { Evidence = evidence };
    }

    private static ValidationEvidence Evidence(IndexedCrl crl) => new(EvidenceKinds.Crl, crl.Describe(), crl.ThisUpdate, crl.Der);

    private static List<DistributionPointInfo> DistributionPoints(X509Certificate certificate)
    {
        var value = CertificateExtensions.Get(certificate, X509Extensions.CrlDistributionPoints);
        if (value is null)
        {
            return [new DistributionPointInfo(null, CrlReasons.AllReasons, null)];
        }

        var result = new List<DistributionPointInfo>();
        foreach (var point in CrlDistPoint.GetInstance(value).GetDistributionPoints())
        {
            var crlIssuer = point.CrlIssuer?.GetNames().FirstOrDefault(n => n.TagNo == GeneralName.DirectoryName);
            result.Add(new DistributionPointInfo(
                point.DistributionPointName,
                point.Reasons is null ? CrlReasons.AllReasons : CrlReasons.ToMask(point.Reasons),
                crlIssuer is null ? null : X509Name.GetInstance(crlIssuer.Name)));
        }

        return result;
    }

    /// <summary>RFC 5280 6.3.3 (a) to (d): freshness, issuer and issuing distribution point scope.</summary>
    private static (int Reasons, string? Problem) CheckScope(
        IndexedCrl crl, DistributionPointInfo point, X509Certificate certificate, DateTimeOffset time)
    {
        if (crl.NextUpdate is { } next ? next < time : crl.ThisUpdate < time)
        {
            return (0, $"{crl.Describe()} is not current at {time:O} (next update {crl.NextUpdate:O})");
        }

        if (crl.HasUnknownCriticalExtension)
        {
            return (0, $"{crl.Describe()} has an unrecognised critical extension");
        }

        var idp = crl.IssuingDistributionPoint;
        var isIndirect = idp?.IsIndirectCrl ?? false;
        if (point.CrlIssuer is not null && !DistinguishedNames.AreEqual(point.CrlIssuer, certificate.IssuerDN) && !isIndirect)
        {
            return (0, $"{crl.Describe()} comes from the cRLIssuer of a distribution point but is not marked indirect");
        }

        if (idp is null)
        {
            return (point.Reasons, null);
        }

        if (idp.DistributionPoint is { } idpName && !NamesMatch(idpName, point, crl.Issuer))
        {
            return (0, $"{crl.Describe()} covers another distribution point");
        }

        var isCa = CertificateExtensions.GetBasicConstraints(certificate).IsCa;
        if (idp.OnlyContainsUserCerts && isCa)
        {
            return (0, $"{crl.Describe()} covers only end-entity certificates");
        }

        if (idp.OnlyContainsCACerts && !isCa)
        {
            return (0, $"{crl.Describe()} covers only CA certificates");
        }

        if (idp.OnlyContainsAttributeCerts)
        {
            return (0, $"{crl.Describe()} covers only attribute certificates");
        }

        var idpReasons = idp.OnlySomeReasons is { } some ? CrlReasons.ToMask(some) : CrlReasons.AllReasons;
        return (idpReasons & point.Reasons, null);
    }

    private static bool NamesMatch(DistributionPointName idpName, DistributionPointInfo point, X509Name crlIssuer)
    {
        var idpNames = FullNames(idpName, crlIssuer);
        var pointNames = point.Name is null
            ? point.CrlIssuer is null ? [] : [new GeneralName(point.CrlIssuer)]
            : FullNames(point.Name, point.CrlIssuer ?? crlIssuer);
        return idpNames.Any(a => pointNames.Any(b => SameName(a, b)));
    }

    private static List<GeneralName> FullNames(DistributionPointName name, X509Name issuer)
    {
        if (name.Type == DistributionPointName.FullName)
        {
            return GeneralNames.GetInstance(name.Name).GetNames().ToList();
        }

        // nameRelativeToCRLIssuer: append the RDN to the CRL issuer's name.
        var relative = Asn1Set.GetInstance(name.Name);
        var sequence = Asn1Sequence.GetInstance(issuer.ToAsn1Object());
        var combined = new Asn1EncodableVector();
        foreach (var rdn in sequence)
        {
            combined.Add(rdn);
        }

        combined.Add(relative);
        return [new GeneralName(X509Name.GetInstance(new DerSequence(combined)))];
    }

    private static bool SameName(GeneralName first, GeneralName second)
    {
        if (first.TagNo != second.TagNo)
        {
            return false;
        }

        return first.TagNo == GeneralName.DirectoryName
            ? DistinguishedNames.AreEqual(X509Name.GetInstance(first.Name), X509Name.GetInstance(second.Name))
            : first.Equals(second);
    }

    /// <summary>RFC 5280 6.3.3 (f) and (g): a signer whose key verifies the CRL, has cRLSign and is trusted.</summary>
    private async Task<X509Certificate?> FindSignerAsync(IndexedCrl crl, RevocationRequest request, CancellationToken cancellationToken)
    {
        if (DistinguishedNames.AreEqual(crl.Issuer, request.Issuer.SubjectDN) && crl.IsSignedBy(request.Issuer, verifier))
        {
            return CanSignCrls(request.Issuer) ? request.Issuer : null;
        }

        if (request.SignerValidator is null)
        {
            return null;
        }

        foreach (var candidate in request.SignerValidator.FindCertificates(crl.Issuer))
        {
            if (!CanSignCrls(candidate) || !crl.IsSignedBy(candidate, verifier))
            {
                continue;
            }

            if (await request.SignerValidator.IsTrustedAsync(candidate, cancellationToken).ConfigureAwait(false))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>RFC 5280 6.3.3 (c): the newest current delta CRL of the same scope that builds on <paramref name="complete"/>.</summary>
    private IndexedCrl? FindDelta(IndexedCrl complete, X509Certificate signer, DateTimeOffset time)
    {
        IndexedCrl? best = null;
        foreach (var delta in store.FindByIssuer(complete.Issuer).Where(c => c.IsDelta))
        {
            var sameScope = (delta.IssuingDistributionPointDer ?? []).AsSpan().SequenceEqual(complete.IssuingDistributionPointDer ?? []);
            var current = delta.NextUpdate is not { } next || next >= time;
            var fits = complete.CrlNumber is not null
                && delta.BaseCrlNumber!.CompareTo(complete.CrlNumber) <= 0
                && delta.CrlNumber is not null
                && delta.CrlNumber.CompareTo(complete.CrlNumber) > 0;
            if (!sameScope || !current || !fits || delta.HasUnknownCriticalExtension)
            {
                continue;
            }

            if (!delta.IsSignedBy(signer, verifier))
            {
                continue;
            }

            if (best is null || delta.CrlNumber!.CompareTo(best.CrlNumber) > 0)
            {
                best = delta;
            }
        }

        return best;
    }

    private static bool CanSignCrls(X509Certificate certificate)
    {
        var keyUsage = certificate.GetKeyUsage();
        return keyUsage is null || keyUsage[CrlSignBit];
    }

    private sealed record DistributionPointInfo(DistributionPointName? Name, int Reasons, X509Name? CrlIssuer);
}
