using Idocs.Common.Results;

namespace Idocs.PrintForms.Forms;

/// <summary>A rendered print form and how the original went into it.</summary>
/// <param name="Pdf">The print form's bytes.</param>
/// <param name="PageCount">All pages: the original's pages, if embedded, then the signature sheet.</param>
/// <param name="OriginalPageCount">Pages copied from the original PDF; 0 when a cover page replaces them.</param>
/// <param name="OriginalNotEmbedded">
/// Why a PDF original's pages are not in the print form (password-protected or damaged), or null
/// when they are or the original is not a PDF.
/// </param>
/// <param name="OriginalHasPdfSignature">The original PDF has signature fields of its own, which do not carry over to the copy.</param>
public sealed record RenderedPrintForm(
    byte[] Pdf,
    int PageCount,
    int OriginalPageCount,
    Error? OriginalNotEmbedded,
    bool OriginalHasPdfSignature);
