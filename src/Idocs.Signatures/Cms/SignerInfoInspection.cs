using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Cms;

/// <summary>
/// The outcome of checking one SignerInfo: its checks, and the certificate and scheme found. A null
/// scheme means the checks stopped early (unknown algorithm, no signed attributes).
/// </summary>
internal sealed record SignerInfoInspection(
    IReadOnlyList<ValidationCheck> Checks,
    X509Certificate? Certificate,
    SignatureScheme? Scheme)
{
    public bool AllPassed => Checks.All(c => c.Status == CheckStatus.Passed);

    /// <summary>The first check that did not pass, for a one-line reason.</summary>
    public ValidationCheck? FirstProblem => Checks.FirstOrDefault(c => c.Status != CheckStatus.Passed);
}
