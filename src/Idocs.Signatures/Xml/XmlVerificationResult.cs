using Idocs.Common.Results;
using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Xml;

/// <summary>
/// The verification of an XML document's signatures. <see cref="Report"/> is TOTAL-FAILED when the
/// document or any signature is rejected, INDETERMINATE when a check could not complete for some
/// signature, and TOTAL-PASSED only when every check of every signature passed.
/// </summary>
public sealed record XmlVerificationResult(
    ValidationReport Report,
    IReadOnlyList<XmlSignatureResult> Signatures,
    Error? Rejection)
{
    public bool IsRejected => Report.Indication == Indication.TotalFailed;
}
