namespace Idocs.Documents.Signing;

/// <summary>
/// The signature library's summary for a detached CMS over stored bytes. It gives the overall status,
/// where the full report is kept, the signer facts (null when the certificate could not be read),
/// and a reason when the status is not passed.
/// </summary>
public sealed record SignatureVerificationReport(
    SignatureReportStatus Status,
    string ReportReference,
    SignerFacts? Signer,
    string? Reason);
