using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Validation;

namespace Idocs.PrintForms.Evidence;

/// <summary>
/// Validates a signature file with the signature library: a CMS as a detached signature over the
/// stored original, an XML file as an enveloped XMLDSig document. Returns one report per signer;
/// a file that cannot be read gets one TOTAL-FAILED report that says why.
/// </summary>
public sealed class SignatureFileVerifier(CmsSignatureVerifier cms, XmlSignatureValidator xml)
{
    public async Task<IReadOnlyList<ValidationReport>> VerifyAsync(
        ReadOnlyMemory<byte> signature, byte[] original, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);

        if (SignatureFiles.Detect(signature.Span) == SignatureFileFormat.Cms)
        {
            return await cms.VerifyAsync(signature, CmsContent.FromBytes(original), cancellationToken).ConfigureAwait(false);
        }

        var result = await xml.ValidateAsync(signature, null, cancellationToken).ConfigureAwait(false);
        return result.Signatures.Count == 0 ? [result.Report] : result.Signatures.Select(item => item.Report).ToList();
    }
}
