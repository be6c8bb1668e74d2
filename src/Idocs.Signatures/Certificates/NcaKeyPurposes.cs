namespace Idocs.Signatures.Certificates;

/// <summary>What a certificate's key may be used for under the NCA profile.</summary>
[Flags]
public enum NcaKeyPurposes
{
    None = 0,

    /// <summary>Signing documents (non-repudiation key usage).</summary>
    Signing = 1,

    /// <summary>Logging in (clientAuth, or the one-key profile of the 2022 CAs).</summary>
    Authentication = 2,
}
