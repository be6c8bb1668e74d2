using Idocs.Documents.Authentication.Certificates;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>A certificate of the test PKI: the data a verifier reads from it and the secret key it signs with.</summary>
public sealed class TestCertificate(VerifiedSigner signer, byte[] key)
{
    public VerifiedSigner Signer { get; set; } = signer;

    public byte[] Key { get; } = key;

    public string Thumbprint => Signer.Thumbprint;

    public string Iin => Signer.Iin;
}
