using Org.BouncyCastle.X509;

namespace Idocs.Signatures.TestPki;

/// <summary>An issued end-entity certificate, its PKCS#12 file bytes and where both were saved.</summary>
public sealed record TestPkiIssuedCertificate(
    X509Certificate Certificate,
    byte[] Pkcs12,
    string CertificateFile,
    string Pkcs12File);
