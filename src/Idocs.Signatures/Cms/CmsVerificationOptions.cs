using Idocs.Signatures.Certificates;

namespace Idocs.Signatures.Cms;

/// <summary>Policy for CMS signature verification.</summary>
public sealed class CmsVerificationOptions
{
    /// <summary>IIN/BIN checks on the signer's certificate; turn them off for the NCA test environment.</summary>
    public NcaCertificateOptions Certificates { get; set; } = new();

    /// <summary>
    /// Whether the signer's own signingTime attribute may serve as the signing time when no valid
    /// timestamp proves one. When false, the validation time is used instead.
    /// </summary>
    public bool AllowClaimedSigningTime { get; set; }

    /// <summary>
    /// The key purpose the signer's certificate must have: <see cref="NcaKeyPurposes.Signing"/> for
    /// documents, <see cref="NcaKeyPurposes.Authentication"/> for login challenges.
    /// </summary>
    public NcaKeyPurposes RequiredKeyPurpose { get; set; } = NcaKeyPurposes.Signing;
}
