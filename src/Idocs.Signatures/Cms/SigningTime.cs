namespace Idocs.Signatures.Cms;

/// <summary>The time a signature is judged at and where it came from.</summary>
/// <param name="Time">The time.</param>
/// <param name="Source"><c>timestamp</c>, <c>claimed</c> or <c>validation-time</c>.</param>
internal sealed record SigningTime(DateTimeOffset Time, string Source)
{
    public const string FromTimestamp = "timestamp";
    public const string FromClaim = "claimed";
    public const string FromValidationTime = "validation-time";

    public bool IsProven => Source == FromTimestamp;
}
