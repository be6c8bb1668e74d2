using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// Finds candidate paths from a target certificate up to a trust anchor by issuer name, using the
/// trust store's intermediates and any certificates the signature itself carried. Candidates are
/// only name-linked; <see cref="CertificatePathValidator"/> decides which one is valid.
/// </summary>
public sealed class CertificatePathBuilder(TrustStore trustStore)
{
    /// <summary>Upper bound on path length, so that a crafted certificate set cannot loop or explode.</summary>
    public const int MaxDepth = 10;

    /// <summary>Upper bound on the number of candidate paths returned for one target.</summary>
    public const int MaxCandidates = 16;

    public IReadOnlyList<CertificatePath> Build(X509Certificate target, IEnumerable<X509Certificate>? extraCertificates = null)
    {
        ArgumentNullException.ThrowIfNull(target);

        var extras = (extraCertificates ?? []).ToList();
        var result = new List<CertificatePath>();
        if (trustStore.IsAnchor(target))
        {
            return result;
        }

        var chain = new List<X509Certificate> { target };
        Extend(chain, extras, result);
        return result;
    }

    private void Extend(List<X509Certificate> chain, List<X509Certificate> extras, List<CertificatePath> result)
    {
        if (result.Count >= MaxCandidates)
        {
            return;
        }

        var current = chain[^1];
        foreach (var anchor in OrderByKeyIdentifier(current, trustStore.FindAnchorIssuers(current)))
        {
            var certificates = chain.AsEnumerable().Reverse().ToList();
            result.Add(new CertificatePath(anchor, certificates));
            if (result.Count >= MaxCandidates)
            {
                return;
            }
        }

        if (chain.Count >= MaxDepth)
        {
            return;
        }

        var issuers = trustStore.FindIntermediateIssuers(current)
            .Concat(extras.Where(c => DistinguishedNames.AreEqual(c.SubjectDN, current.IssuerDN)))
            .Distinct()
            .Where(candidate => !chain.Contains(candidate) && !trustStore.IsAnchor(candidate));
        foreach (var issuer in OrderByKeyIdentifier(current, issuers))
        {
            chain.Add(issuer);
            Extend(chain, extras, result);
            chain.RemoveAt(chain.Count - 1);
        }
    }

    /// <summary>Puts issuers whose subject key identifier matches the child's authority key identifier first.</summary>
    private static IEnumerable<X509Certificate> OrderByKeyIdentifier(X509Certificate child, IEnumerable<X509Certificate> issuers)
    {
        var authorityKeyId = KeyIdentifiers.GetAuthorityKeyIdentifier(child);
        if (authorityKeyId is null)
        {
            return issuers;
        }

        return issuers.OrderBy(issuer =>
        {
            var subjectKeyId = KeyIdentifiers.GetSubjectKeyIdentifier(issuer);
            return subjectKeyId is not null && subjectKeyId.AsSpan().SequenceEqual(authorityKeyId) ? 0 : 1;
        });
    }
}
