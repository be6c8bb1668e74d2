using Idocs.Common.Results;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// The configured trust anchors and intermediate CA certificates, indexed by subject name for
/// path building. Immutable once built; share one instance.
/// </summary>
public sealed class TrustStore
{
    private readonly Dictionary<string, List<X509Certificate>> _anchorsBySubject = [];
    private readonly Dictionary<string, List<X509Certificate>> _intermediatesBySubject = [];

    public TrustStore(IEnumerable<X509Certificate> anchors, IEnumerable<X509Certificate> intermediates)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(intermediates);

        Anchors = anchors.ToList();
        Intermediates = intermediates.ToList();
        foreach (var anchor in Anchors)
        {
            Add(_anchorsBySubject, anchor);
        }

        foreach (var intermediate in Intermediates)
        {
            Add(_intermediatesBySubject, intermediate);
        }
    }

    public IReadOnlyList<X509Certificate> Anchors { get; }

    public IReadOnlyList<X509Certificate> Intermediates { get; }

    /// <summary>Loads the files named in <paramref name="options"/>; fails on the first unreadable file.</summary>
    public static Result<TrustStore> Load(TrustOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TrustAnchorFiles.Count == 0)
        {
            return Result<TrustStore>.Failure(
                TrustErrorCodes.NoTrustAnchors,
                $"No trust anchor is configured; list root certificate files under {TrustOptions.SectionName}:TrustAnchorFiles.");
        }

        var anchors = new List<X509Certificate>();
        foreach (var path in options.TrustAnchorFiles)
        {
            var loaded = CertificateFiles.Load(path);
            if (!loaded.IsSuccess)
            {
                return Result<TrustStore>.Failure(loaded.Error);
            }

            if (loaded.Value.GetBasicConstraints() < 0)
            {
                return Result<TrustStore>.Failure(
                    TrustErrorCodes.AnchorNotCa,
                    $"Trust anchor '{path}' ({loaded.Value.SubjectDN}) is not a CA certificate; configure a root CA certificate.");
            }

            anchors.Add(loaded.Value);
        }

        var intermediates = new List<X509Certificate>();
        foreach (var path in options.IntermediateFiles)
        {
            var loaded = CertificateFiles.Load(path);
            if (!loaded.IsSuccess)
            {
                return Result<TrustStore>.Failure(loaded.Error);
            }

            intermediates.Add(loaded.Value);
        }

        return new TrustStore(anchors, intermediates);
    }

    public IReadOnlyList<X509Certificate> FindAnchorIssuers(X509Certificate certificate) =>
        Find(_anchorsBySubject, certificate);

    public IReadOnlyList<X509Certificate> FindIntermediateIssuers(X509Certificate certificate) =>
        Find(_intermediatesBySubject, certificate);

    public bool IsAnchor(X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return _anchorsBySubject.TryGetValue(DistinguishedNames.ToKey(certificate.SubjectDN), out var list)
            && list.Any(anchor => anchor.Equals(certificate));
    }

    private static List<X509Certificate> Find(
        Dictionary<string, List<X509Certificate>> index, X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return index.TryGetValue(DistinguishedNames.ToKey(certificate.IssuerDN), out var list) ? list : [];
    }

    private static void Add(Dictionary<string, List<X509Certificate>> index, X509Certificate certificate)
    {
        var key = DistinguishedNames.ToKey(certificate.SubjectDN);
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        if (!list.Any(existing => existing.Equals(certificate)))
        {
            list.Add(certificate);
        }
    }
}
