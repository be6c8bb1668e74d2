namespace Idocs.Signatures.Revocation;

/// <summary>
/// A source of revocation status: OCSP, CRLs, or a chain of both. Implementations never throw for
/// an unreachable or misbehaving responder; they return <see cref="RevocationStatus.Unknown"/> with the reason.
/// </summary>
public interface IRevocationSource
{
    Task<RevocationResult> CheckAsync(RevocationRequest request, CancellationToken cancellationToken);
}
