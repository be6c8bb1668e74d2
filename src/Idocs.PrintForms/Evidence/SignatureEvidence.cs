using Idocs.Documents.Documents;
using Idocs.Signatures.Reports;

namespace Idocs.PrintForms.Evidence;

/// <summary>One recorded signature with its file and the validation report that goes with it.</summary>
/// <param name="Recorded">The signature as the document records it.</param>
/// <param name="Signature">The signature file exactly as the party produced it.</param>
/// <param name="Report">The validation report.</param>
/// <param name="ReportIsStored">
/// True when the report is the one stored at acceptance; false when it was missing and the
/// signature was validated again at export time.
/// </param>
public sealed record SignatureEvidence(RecordedSignature Recorded, byte[] Signature, ValidationReport Report, bool ReportIsStored)
{
    public SignatureFileFormat Format => SignatureFiles.Detect(Signature);
}
