namespace Idocs.Signatures.Revocation;

/// <summary>
/// Asks OCSP first and falls back to the CRL cache when OCSP returns no trusted status. The
/// result is unknown only when both are unknown, and then names both reasons.
/// </summary>
public sealed class OcspThenCrlRevocationSource(IRevocationSource ocsp, IRevocationSource crl) : IRevocationSource
{
    public async Task<RevocationResult> CheckAsync(RevocationRequest request, CancellationToken cancellationToken)
    {
        var first = await ocsp.CheckAsync(request, cancellationToken).ConfigureAwait(false);
        if (first.Status != RevocationStatus.Unknown)
        {
            return first;
        }

        var second = await crl.CheckAsync(request, cancellationToken).ConfigureAwait(false);
        if (second.Status != RevocationStatus.Unknown)
        {
            return second with { Reason = $"{second.Reason} (OCSP returned no status: {first.Reason})" };
        }

        return RevocationResult.Unknown($"OCSP: {first.Reason}; CRL: {second.Reason}") with
        {
            Evidence = [.. first.Evidence, .. second.Evidence],
        };
    }
}
