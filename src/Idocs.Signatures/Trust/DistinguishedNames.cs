using System.Globalization;
using System.Text;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// Compares X.500 names the way RFC 5280 section 7.1 asks for: attribute by attribute, string
/// values case-insensitive with leading, trailing and repeated inner spaces ignored, whatever
/// string type (PrintableString, UTF8String) each side used.
/// </summary>
public static class DistinguishedNames
{
    public static bool AreEqual(X509Name first, X509Name second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);

        var a = Normalize(first);
        var b = Normalize(second);
        return a.Count == b.Count && IsPrefix(a, b);
    }

    /// <summary>Returns true when <paramref name="subtree"/> is an initial run of RDNs of <paramref name="name"/>.</summary>
    public static bool IsWithinSubtree(X509Name name, X509Name subtree)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(subtree);

        var normalizedName = Normalize(name);
        var normalizedSubtree = Normalize(subtree);
        return normalizedSubtree.Count <= normalizedName.Count && IsPrefix(normalizedSubtree, normalizedName);
    }

    /// <summary>A stable lookup key for a name, equal for names that <see cref="AreEqual"/> matches.</summary>
    public static string ToKey(X509Name name)
    {
        ArgumentNullException.ThrowIfNull(name);

        var builder = new StringBuilder();
        foreach (var (oid, value) in Normalize(name))
        {
            builder.Append(oid).Append('=').Append(value).Append('\u001f');
        }

        return builder.ToString();
    }

    private static bool IsPrefix(List<(string Oid, string Value)> prefix, List<(string Oid, string Value)> full)
    {
        for (var i = 0; i < prefix.Count; i++)
        {
            if (prefix[i].Oid != full[i].Oid || prefix[i].Value != full[i].Value)
            {
                return false;
            }
        }

        return true;
    }

    private static List<(string Oid, string Value)> Normalize(X509Name name)
    {
        var oids = name.GetOidList();
        var values = name.GetValueList();
        var result = new List<(string, string)>(oids.Count);
        for (var i = 0; i < oids.Count; i++)
        {
            result.Add((oids[i].Id, NormalizeValue(values[i])));
        }

        return result;
    }

    private static string NormalizeValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
