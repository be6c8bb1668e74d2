using System.Globalization;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// Permitted and excluded subtrees collected along a path (RFC 5280 6.1.4 g). Each CA's permitted
/// subtrees are kept as one set, and a name must fall in every set that constrains its type,
/// which is the intersection the RFC describes. Supports directoryName, rfc822Name, dNSName and
/// uniformResourceIdentifier. A constraint of another type makes <see cref="Add"/> return false,
/// and the caller reports the path as indeterminate instead of checking it halfway.
/// </summary>
internal sealed class NameConstraintsState
{
    private static readonly int[] SupportedTypes =
    [
        GeneralName.DirectoryName, GeneralName.Rfc822Name, GeneralName.DnsName, GeneralName.UniformResourceIdentifier,
    ];

    private readonly List<List<GeneralName>> _permitted = [];
    private readonly List<GeneralName> _excluded = [];

    public bool Add(NameConstraints constraints)
    {
        var permitted = Bases(constraints.PermittedSubtreesValue);
        var excluded = Bases(constraints.ExcludedSubtreesValue);
        if (permitted.Concat(excluded).Any(name => !SupportedTypes.Contains(name.TagNo)))
        {
            return false;
        }

        if (permitted.Count > 0)
        {
            _permitted.Add(permitted);
        }

        _excluded.AddRange(excluded);
        return true;
    }

    /// <summary>Checks the subject DN, e-mail addresses in it and every subjectAltName entry.</summary>
    public string? FindViolation(X509Name subject, IReadOnlyList<GeneralName> alternativeNames, bool checkSubject)
    {
        var names = new List<GeneralName>();
        if (checkSubject)
        {
            if (subject.GetOidList().Count > 0)
            {
                names.Add(new GeneralName(subject));
            }

            foreach (var email in subject.GetValueList(X509Name.EmailAddress))
            {
                names.Add(new GeneralName(GeneralName.Rfc822Name, email));
            }
        }

        names.AddRange(alternativeNames);
        foreach (var name in names)
        {
            if (!SupportedTypes.Contains(name.TagNo))
            {
                continue;
            }

            foreach (var set in _permitted)
            {
                var sameType = set.Where(b => b.TagNo == name.TagNo).ToList();
                if (sameType.Count > 0 && !sameType.Any(b => Matches(name, b)))
                {
                    return $"name '{Describe(name)}' is outside the permitted subtrees";
                }
            }

            if (_excluded.Any(b => b.TagNo == name.TagNo && Matches(name, b)))
            {
                return $"name '{Describe(name)}' is in an excluded subtree";
            }
        }

        return null;
    }

    private static List<GeneralName> Bases(GeneralSubtrees? subtrees) =>
        subtrees is null ? [] : Asn1Sequence.GetInstance(subtrees.ToAsn1Object()).Cast<Asn1Encodable>().Select(s => GeneralSubtree.GetInstance(s).Base).ToList();

    private static bool Matches(GeneralName name, GeneralName subtree)
    {
        switch (name.TagNo)
        {
            case GeneralName.DirectoryName:
                return DistinguishedNames.IsWithinSubtree(X509Name.GetInstance(name.Name), X509Name.GetInstance(subtree.Name));
            case GeneralName.Rfc822Name:
                return MatchesEmail(Text(name), Text(subtree));
            case GeneralName.DnsName:
                return MatchesDomain(Text(name), Text(subtree), leadingDotMeansSubdomainsOnly: false);
            case GeneralName.UniformResourceIdentifier:
                var host = UriHost(Text(name));
                return host is not null && MatchesDomain(host, Text(subtree), leadingDotMeansSubdomainsOnly: true);
            default:
                return false;
        }
    }

    private static bool MatchesEmail(string email, string constraint)
    {
        if (constraint.Contains('@', StringComparison.Ordinal))
        {
            return string.Equals(email, constraint, StringComparison.OrdinalIgnoreCase);
        }

        var at = email.LastIndexOf('@');
        var host = at >= 0 ? email[(at + 1)..] : email;
        if (constraint.StartsWith('.'))
        {
            return host.EndsWith(constraint, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(host, constraint, StringComparison.OrdinalIgnoreCase);
    }

    private static bool MatchesDomain(string host, string constraint, bool leadingDotMeansSubdomainsOnly)
    {
        if (constraint.Length == 0)
        {
            return true;
        }

        if (constraint.StartsWith('.'))
        {
            return host.EndsWith(constraint, StringComparison.OrdinalIgnoreCase)
                || (!leadingDotMeansSubdomainsOnly && string.Equals(host, constraint[1..], StringComparison.OrdinalIgnoreCase));
        }

        return string.Equals(host, constraint, StringComparison.OrdinalIgnoreCase)
            || (!leadingDotMeansSubdomainsOnly && host.EndsWith("." + constraint, StringComparison.OrdinalIgnoreCase));
    }

    private static string? UriHost(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Host.Length > 0 ? parsed.Host : null;

    private static string Text(GeneralName name) => ((IAsn1String)name.Name).GetString();

    private static string Describe(GeneralName name) =>
        name.TagNo == GeneralName.DirectoryName
            ? X509Name.GetInstance(name.Name).ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{Text(name)}");
}
