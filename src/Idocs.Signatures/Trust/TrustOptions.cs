namespace Idocs.Signatures.Trust;

/// <summary>
/// Configuration of the trust store, bound from the <c>Signatures:Trust</c> section. Production
/// lists the NCA RK roots and issuing CAs; development lists the test PKI's CAs and the NCA test
/// roots. Each entry is a path to a certificate file in DER or PEM form.
/// </summary>
public sealed class TrustOptions
{
    public const string SectionName = "Signatures:Trust";

    /// <summary>Certificates trusted as path anchors (self-signed roots, normally).</summary>
    public IList<string> TrustAnchorFiles { get; } = [];

    /// <summary>Intermediate CA certificates offered to the path builder; they are not trusted by themselves.</summary>
    public IList<string> IntermediateFiles { get; } = [];
}
