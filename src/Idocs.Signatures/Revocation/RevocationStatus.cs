namespace Idocs.Signatures.Revocation;

public enum RevocationStatus
{
    /// <summary>Trusted revocation data covers the certificate and does not list it.</summary>
    Good,

    /// <summary>Trusted revocation data lists the certificate as revoked.</summary>
    Revoked,

    /// <summary>No trusted, fresh revocation data was available; the reason says why.</summary>
    Unknown,
}
