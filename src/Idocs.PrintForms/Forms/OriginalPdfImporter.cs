using Idocs.Common.Results;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Idocs.PrintForms.Forms;

/// <summary>
/// Opens an original PDF for page import. The bytes come from users, so every parser failure is
/// an expected outcome (password-protected or damaged), never an exception to the caller.
/// </summary>
internal static class OriginalPdfImporter
{
    // Bit 1 of /SigFlags in the AcroForm dictionary: the document contains at least one signature field.
    private const int SignaturesExistFlag = 1;

    // NOTE: nothing here limits the page count, so a small PDF with many thousands of pages
    // makes a slow and large print form.
    public static Result<PdfDocument> Open(ReadOnlyMemory<byte> original)
    {
        var passwordRequested = false;
        try
        {
            var stream = new MemoryStream(original.ToArray(), writable: false);
            var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import, args =>
            {
                // PDFsharp has already tried the empty user password, and the platform has no other.
                passwordRequested = true;
                args.Abort = true;
            });

            // PDFsharp 6.2 returns null instead of throwing when the password provider aborts.
            if (document is null || passwordRequested)
            {
                document?.Dispose();
                return PasswordProtected();
            }

            return document;
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            return passwordRequested ? PasswordProtected() : OpenRebuilt(original, exception);
        }
    }

    /// <summary>
    /// Retries a PDF that failed to parse with a rebuilt cross-reference table. If that fails too,
    /// the original is damaged and the first failure is reported.
    /// </summary>
    private static Result<PdfDocument> OpenRebuilt(ReadOnlyMemory<byte> original, Exception firstFailure)
    {
        var rebuilt = PdfXrefRebuilder.TryRebuild(original.Span);
        if (rebuilt is null)
        {
            return Damaged(firstFailure);
        }

        try
        {
            var document = PdfReader.Open(new MemoryStream(rebuilt, writable: false), PdfDocumentOpenMode.Import, args => args.Abort = true);
            return document is { PageCount: > 0 } ? document : Damaged(firstFailure);
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            return Damaged(firstFailure);
        }
    }

    private static Error PasswordProtected() =>
        new(PrintFormErrorCodes.OriginalPasswordProtected, "The original PDF needs a password to open, so its pages cannot be copied into the print form.");

    public static Error Damaged(Exception exception) =>
        new(PrintFormErrorCodes.OriginalDamaged, $"The original PDF could not be parsed ({exception.GetType().Name}): {FirstLine(exception.Message)}");

    /// <summary>
    /// Tells whether an exception came from parsing hostile PDF bytes. PDFsharp raises many types
    /// for malformed input, so only faults of the process itself are let through.
    /// </summary>
    public static bool IsParserFailure(Exception exception) =>
        exception is not (OutOfMemoryException or StackOverflowException or ThreadAbortException or OperationCanceledException);

    public static bool HasSignatureFields(PdfDocument document)
    {
        var acroForm = document.Internals.Catalog.Elements.GetDictionary("/AcroForm");
        if (acroForm is null)
        {
            return false;
        }

        if ((acroForm.Elements.GetInteger("/SigFlags") & SignaturesExistFlag) != 0)
        {
            return true;
        }

        var fields = acroForm.Elements.GetArray("/Fields");
        if (fields is null)
        {
            return false;
        }

        for (var index = 0; index < fields.Elements.Count; index++)
        {
            if (fields.Elements.GetDictionary(index)?.Elements.GetName("/FT") == "/Sig")
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
