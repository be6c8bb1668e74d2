namespace Idocs.Documents.Signing;

/// <summary>
/// Verifies a detached CMS signature over the exact stored bytes of a file: cryptography, chain
/// to a trusted root, validity at signing time, revocation and key usage. The signature library
/// implements it; the report is stored by the implementation under its reference.
/// </summary>
public interface ISignatureAcceptancePort
{
    Task<SignatureVerificationReport> VerifyDetachedAsync(
        ReadOnlyMemory<byte> content,
        ReadOnlyMemory<byte> signature,
        CancellationToken cancellationToken);
}
