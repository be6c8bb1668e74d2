namespace Idocs.Signatures.TestPki;

public enum TestPkiKeyPurpose
{
    /// <summary>Signing key: digitalSignature and nonRepudiation, extended key usage emailProtection.</summary>
    Sign,

    /// <summary>Authentication key (RSA era): digitalSignature and keyEncipherment, extended key usage clientAuth.</summary>
    Authentication,
}
