using Idocs.Signatures.Reports;

namespace Idocs.PrintForms.Verification;

/// <summary>The validation of an uploaded signature file against the document's stored original.</summary>
/// <param name="Indication">The worst indication of all reports: TOTAL-FAILED over INDETERMINATE over TOTAL-PASSED.</param>
/// <param name="Reports">One report per signer in the file.</param>
public sealed record SignatureCheckResult(Indication Indication, IReadOnlyList<ValidationReport> Reports);
