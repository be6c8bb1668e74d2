using System.Security.Cryptography.X509Certificates;

namespace Idocs.Web.Tests.Accounts;

/// <summary>A test-PKI certificate with its private key, and the identifiers written into it.</summary>
public sealed record TestCertificateHolder(X509Certificate2 Certificate, string Iin, string? Bin, string FullName)
{
    /// <summary>The hex SHA-256 of the certificate, the thumbprint form the login API compares.</summary>
    public string Thumbprint => Web.Accounts.SignaturesChallengeVerifier.Thumbprint(Certificate.RawData);
}
