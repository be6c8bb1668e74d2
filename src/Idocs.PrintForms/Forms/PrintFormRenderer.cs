using Idocs.Common.Results;
using Idocs.PrintForms.Layout;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Sections;
using Idocs.PrintForms.Verification;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Idocs.PrintForms.Forms;

/// <summary>
/// Renders a document's print form (печатная форма). A PDF original's pages come first, each at
/// its own size and orientation, and the signature sheet follows. Other formats, and PDFs that
/// cannot be opened, get a cover page with the document's details instead of the pages. Each
/// signature carries a QR code with its verification link and the original's SHA-256.
/// </summary>
public sealed partial class PrintFormRenderer
{
    public const string PdfMediaType = "application/pdf";

    private readonly PrintFormOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<PrintFormRenderer> _logger;

    public PrintFormRenderer(IOptions<PrintFormOptions> options, TimeProvider clock, ILogger<PrintFormRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    public Result<RenderedPrintForm> Render(PrintFormRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var settings = RenderSettings.From(_options);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var inputError = InputValidator.Validate(request.Document, request.Language);
        if (inputError is not null)
        {
            return inputError;
        }

        var links = new List<Uri>(request.Signatures.Count);
        for (var index = 0; index < request.Signatures.Count; index++)
        {
            var signatureError = InputValidator.Validate(request.Signatures[index], index + 1);
            if (signatureError is not null)
            {
                return signatureError;
            }

            var link = VerificationLink.Build(settings.Value.VerificationBaseUrl, request.Signatures[index].VerificationId, request.Document.Sha256Hex);
            if (!link.IsSuccess)
            {
                return link.Error;
            }

            links.Add(link.Value);
        }

        var formatting = new PrintFormatting(PrintLabels.For(request.Language), settings.Value.Zone, _clock.GetUtcNow());
        var context = new RenderContext(request, links, formatting, settings.Value.QrCodeSizeMillimetres);

        if (!IsPdf(request.Document.MediaType))
        {
            return Compose(context, original: null, notEmbedded: null);
        }

        var opened = OriginalPdfImporter.Open(request.Original);
        if (!opened.IsSuccess)
        {
            LogOriginalNotEmbedded(request.Document.DocumentId, opened.Error.Code);
            return Compose(context, original: null, opened.Error);
        }

        using var original = opened.Value;
        try
        {
            return Compose(context, original, notEmbedded: null);
        }
        catch (Exception exception) when (OriginalPdfImporter.IsParserFailure(exception))
        {
            // PDFsharp reads imported objects lazily, so a broken object can surface only while
            // the pages are copied or saved. The original is then treated as damaged.
            var damaged = OriginalPdfImporter.Damaged(exception);
            LogOriginalCopyFailed(exception, request.Document.DocumentId);
            return Compose(context, original: null, damaged);
        }
    }

    private static bool IsPdf(string mediaType)
    {
        var withoutParameters = mediaType.Split(';', 2)[0].Trim();
        return string.Equals(withoutParameters, PdfMediaType, StringComparison.OrdinalIgnoreCase);
    }

    private static RenderedPrintForm Compose(RenderContext context, PdfDocument? original, Error? notEmbedded)
    {
        var labels = context.Formatting.Labels;
        var document = context.Request.Document;
        using var output = new PdfDocument();
        output.Info.Title = $"{labels[LabelKeys.PrintFormTitle]}: {document.Title}";
        output.Info.Creator = "Idocs";

        var originalPages = 0;
        var hasPdfSignature = false;
        if (original is not null)
        {
            hasPdfSignature = OriginalPdfImporter.HasSignatureFields(original);
            foreach (var page in original.Pages)
            {
                // AddPage on a page of an import-mode document copies it with its media box and /Rotate.
                output.AddPage(page);
                originalPages++;
            }
        }

        using (var writer = new SheetWriter(output))
        {
            writer.StartPage();
            writer.Title(labels[original is null ? LabelKeys.PrintFormTitle : LabelKeys.SignatureSheetTitle]);
            DrawOriginalNotes(writer, context, original is null, notEmbedded, hasPdfSignature);
            DocumentDetailsSection.Draw(writer, document, context.Formatting);
            SignatureSection.Draw(writer, context.Request.Signatures, context.Links, context.Formatting, context.QrSizeMillimetres);
            writer.DrawFooters(pageNumber => context.Formatting.Footer(document, pageNumber, output.PageCount));
        }

        var pageCount = output.PageCount;
        using var stream = new MemoryStream();
        output.Save(stream, closeStream: false);
        return new RenderedPrintForm(stream.ToArray(), pageCount, originalPages, notEmbedded, hasPdfSignature);
    }

    private static void DrawOriginalNotes(SheetWriter writer, RenderContext context, bool isCover, Error? notEmbedded, bool hasPdfSignature)
    {
        var labels = context.Formatting.Labels;
        var warning = SheetWriter.BrushFor(ValueEmphasis.Bad);
        if (notEmbedded is not null)
        {
            var reason = labels[notEmbedded.Code == PrintFormErrorCodes.OriginalPasswordProtected ? LabelKeys.OriginalPasswordProtected : LabelKeys.OriginalDamaged];
            writer.Paragraph(labels.Format(LabelKeys.OriginalNotEmbedded, reason), writer.StrongFont, warning);
        }
        else if (isCover)
        {
            writer.Paragraph(labels.Format(LabelKeys.OriginalNotPdf, context.Request.Document.MediaType), writer.ValueFont, XBrushes.Black);
        }

        if (hasPdfSignature)
        {
            writer.Paragraph(labels[LabelKeys.OriginalHasPdfSignature], writer.ValueFont, XBrushes.Black);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Print form of document {DocumentId} gets a cover page because its original could not be embedded: {ErrorCode}")]
    private partial void LogOriginalNotEmbedded(Guid documentId, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copying the original pages of document {DocumentId} failed; rendering a cover page instead")]
    private partial void LogOriginalCopyFailed(Exception exception, Guid documentId);

    private sealed record RenderContext(PrintFormRequest Request, IReadOnlyList<Uri> Links, PrintFormatting Formatting, double QrSizeMillimetres);
}
