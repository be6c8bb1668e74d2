namespace Idocs.Documents.Passport;

/// <summary>
/// The result of checking a passport chain: intact, or the sequence number of the first event that
/// does not fit and why.
/// </summary>
public sealed record PassportVerification(bool IsIntact, long? FirstBrokenSequence, string? Problem)
{
    public static PassportVerification Intact { get; } = new(true, null, null);

    public static PassportVerification Broken(long sequence, string problem) => new(false, sequence, problem);
}
