using Org.BouncyCastle.Asn1;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Idocs.Signatures.Cms;

/// <summary>Looks up attributes of a SignerInfo by type.</summary>
internal static class CmsAttributes
{
    public static IReadOnlyList<CmsAttribute> All(Asn1Set? attributes, string type) =>
        attributes is null
            ? []
            : attributes.Cast<Asn1Encodable>().Select(CmsAttribute.GetInstance).Where(a => a.AttrType.Id == type).ToList();

    /// <summary>
    /// Returns the single value of an attribute that must occur once with one value, or null with a
    /// reason when it is missing or repeated.
    /// </summary>
    public static Asn1Encodable? Single(Asn1Set? attributes, string type, string name, out string? problem)
    {
        var found = All(attributes, type);
        problem = found.Count switch
        {
            0 => $"the {name} attribute is missing",
            > 1 => $"the {name} attribute occurs {found.Count} times",
            _ => found[0].AttrValues.Count == 1 ? null : $"the {name} attribute has {found[0].AttrValues.Count} values",
        };
        return problem is null ? found[0].AttrValues[0] : null;
    }
}
