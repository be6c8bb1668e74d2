namespace Idocs.Signatures.Xml;

/// <summary>Check names specific to XMLDSig reports, beside <see cref="Reports.ValidationCheckNames"/>.</summary>
public static class XmlValidationCheckNames
{
    /// <summary>Whether the signature covers the content the caller required.</summary>
    public const string Coverage = "coverage";
}
