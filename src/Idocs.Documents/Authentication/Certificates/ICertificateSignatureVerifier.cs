using Idocs.Common.Results;

namespace Idocs.Documents.Authentication.Certificates;

/// <summary>
/// Verifies a signed challenge with the signature library. Accounts calls it for login and
/// registration; the web host wires the implementation.
/// </summary>
public interface ICertificateSignatureVerifier
{
    /// <summary>
    /// Verifies that <paramref name="signedChallenge"/> is a valid signature over exactly
    /// <paramref name="expectedChallenge"/> and that its certificate chains to a trust anchor, then
    /// reads the certificate and checks its revocation.
    /// </summary>
    /// <returns>
    /// The signer on success, including an expired, revoked, signing-only certificate or one whose
    /// revocation could not be checked (<see cref="RevocationStatus.Indeterminate"/>), because the
    /// caller's policy judges those. Failures: <see cref="AccountsErrorCodes.ChallengeSignatureInvalid"/>
    /// when the signature does not verify or covers other content, and
    /// <see cref="AccountsErrorCodes.CertificateUntrusted"/> when the chain does not reach a trust anchor.
    /// </returns>
    Task<Result<VerifiedSigner>> VerifyChallengeAsync(
        SignedChallenge signedChallenge,
        ReadOnlyMemory<byte> expectedChallenge,
        CancellationToken cancellationToken);
}
