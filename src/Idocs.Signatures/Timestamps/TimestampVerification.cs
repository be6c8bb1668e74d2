using Idocs.Signatures.Reports;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Timestamps;

/// <summary>The outcome of checking an RFC 3161 timestamp token against the data it should cover.</summary>
/// <param name="Check">The <c>timestamp</c> check: passed only when imprint and TSA signature verify.</param>
/// <param name="GenerationTime">The token's genTime, when the token could be parsed.</param>
/// <param name="TsaCertificate">The certificate that signed the token, when found.</param>
/// <param name="Certificates">Every certificate the token carries, for the TSA's chain.</param>
/// <param name="Evidence">The token as evidence, when it could be parsed.</param>
public sealed record TimestampVerification(
    ValidationCheck Check,
    DateTimeOffset? GenerationTime,
    X509Certificate? TsaCertificate,
    IReadOnlyList<X509Certificate> Certificates,
    ValidationEvidence? Evidence)
{
    public bool IsValid => Check.Status == CheckStatus.Passed;
}
