namespace Idocs.Signatures.Reports;

/// <summary>
/// The result of validating one signature, in the spirit of ETSI EN 319 102-1: an overall
/// indication, the sub-indication that decided it, every check with its reason, the signer, the
/// best signing time and the evidence used. Serialised to JSON for storage.
/// </summary>
public sealed record ValidationReport
{
    public required Indication Indication { get; init; }

    public SubIndication SubIndication { get; init; }

    public required IReadOnlyList<ValidationCheck> Checks { get; init; }

    public SignerIdentity? Signer { get; init; }

    /// <summary>
    /// The time the signature is proven to exist at: a valid timestamp's time, else the claimed
    /// signing time where policy allows it, else null.
    /// </summary>
    public DateTimeOffset? BestSigningTime { get; init; }

    /// <summary>Where <see cref="BestSigningTime"/> came from: <c>timestamp</c>, <c>claimed</c> or <c>validation-time</c>.</summary>
    public string? BestSigningTimeSource { get; init; }

    public IReadOnlyList<ValidationEvidence> Evidence { get; init; } = [];

    /// <summary>
    /// Derives the overall indication from the checks: any failure gives TotalFailed with the
    /// first failed check's sub-indication; else any indeterminate gives Indeterminate; else TotalPassed.
    /// </summary>
    public static (Indication Indication, SubIndication SubIndication) Summarize(IEnumerable<ValidationCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var list = checks.ToList();

        var failed = list.FirstOrDefault(c => c.Status == CheckStatus.Failed);
        if (failed is not null)
        {
            return (Indication.TotalFailed, failed.SubIndication);
        }

        var open = list.FirstOrDefault(c => c.Status == CheckStatus.Indeterminate);
        if (open is not null)
        {
            return (Indication.Indeterminate, open.SubIndication);
        }

        return (Indication.TotalPassed, SubIndication.None);
    }
}
