using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;

namespace Idocs.PrintForms.Forms;

/// <summary>What a print form is rendered from.</summary>
/// <param name="Document">The document's identity and details.</param>
/// <param name="Signatures">The document's signatures in signing order.</param>
/// <param name="Original">
/// The original file's bytes. When <see cref="PrintDocumentInfo.MediaType"/> is
/// <c>application/pdf</c> its pages open the print form; other formats get a cover page.
/// </param>
/// <param name="Language">The labels' language.</param>
public sealed record PrintFormRequest(
    PrintDocumentInfo Document,
    IReadOnlyList<PrintSignature> Signatures,
    ReadOnlyMemory<byte> Original,
    PrintLanguage Language = PrintLanguage.Russian);
