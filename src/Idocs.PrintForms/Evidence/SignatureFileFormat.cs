namespace Idocs.PrintForms.Evidence;

/// <summary>The container a signature file uses.</summary>
public enum SignatureFileFormat
{
    /// <summary>CMS SignedData (CAdES), DER or PEM-free binary, usually saved as <c>.p7s</c>.</summary>
    Cms,

    /// <summary>An XML document carrying an enveloped XMLDSig signature.</summary>
    Xml,
}
