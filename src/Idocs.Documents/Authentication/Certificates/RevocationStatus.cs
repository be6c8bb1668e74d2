namespace Idocs.Documents.Authentication.Certificates;

/// <summary>The certificate's revocation status at the time of the check.</summary>
public enum RevocationStatus
{
    Good,

    Revoked,

    /// <summary>No OCSP response and no usable CRL: the status is unknown, which is not "invalid".</summary>
    Indeterminate,
}
