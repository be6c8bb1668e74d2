using Idocs.PrintForms.Layout;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;
using Idocs.Signatures.Reports;
using PdfSharp.Drawing;

namespace Idocs.PrintForms.Sections;

/// <summary>
/// The signature list: one boxed block per signature with every field on the left and the QR
/// code of its verification link on the right. A block never breaks across pages.
/// </summary>
internal static class SignatureSection
{
    private const double Padding = 6;
    private const double Gap = 10;
    private const double PointsPerMillimetre = 72 / 25.4;

    public static void Draw(
        SheetWriter writer,
        IReadOnlyList<PrintSignature> signatures,
        IReadOnlyList<Uri> links,
        PrintFormatting formatting,
        double qrSizeMillimetres)
    {
        var labels = formatting.Labels;
        writer.Heading(labels[LabelKeys.SignaturesHeading]);
        if (signatures.Count == 0)
        {
            writer.Paragraph(labels[LabelKeys.NoSignatures], writer.ValueFont, XBrushes.Black);
            return;
        }

        var qrSize = qrSizeMillimetres * PointsPerMillimetre;
        for (var index = 0; index < signatures.Count; index++)
        {
            DrawBlock(writer, signatures[index], links[index], index + 1, signatures.Count, formatting, qrSize);
        }
    }

    private static void DrawBlock(
        SheetWriter writer,
        PrintSignature signature,
        Uri link,
        int number,
        int count,
        PrintFormatting formatting,
        double qrSize)
    {
        var rows = Rows(signature, link, formatting);
        var valueWidth = writer.ContentWidth - SheetWriter.LabelColumnWidth - qrSize - Gap - (2 * Padding);
        var titleHeight = writer.StrongFont.GetHeight() + 4;
        var height = Math.Max(writer.MeasureFields(rows, valueWidth), qrSize) + titleHeight + (2 * Padding);

        writer.EnsureSpace(height + Gap);
        var graphics = writer.Graphics;
        var left = SheetWriter.Margin;
        var top = writer.Y;

        graphics.DrawRectangle(new XPen(XColors.Gray, 0.6), new XRect(left, top, writer.ContentWidth, height));
        var title = formatting.Labels.Format(LabelKeys.SignatureNumber, number, count);
        graphics.DrawString(title, writer.StrongFont, XBrushes.Black, left + Padding, top + Padding, XStringFormats.TopLeft);

        writer.FieldsAt(rows, left + Padding, top + Padding + titleHeight, valueWidth);

        var qrArea = new XRect(left + writer.ContentWidth - Padding - qrSize, top + Padding + titleHeight, qrSize, qrSize);
        QrCodeDrawer.Draw(graphics, link.AbsoluteUri, qrArea);

        writer.Advance(height + Gap);
    }

    private static List<FieldRow> Rows(PrintSignature signature, Uri link, PrintFormatting formatting)
    {
        var labels = formatting.Labels;
        var validity = labels.Format(
            LabelKeys.ValidityRange,
            formatting.Time(signature.CertificateValidFrom),
            formatting.Time(signature.CertificateValidTo));
        var timestamp = signature.TimestampAt is { } stamped ? formatting.Time(stamped) : labels[LabelKeys.NoTimestamp];

        return
        [
            new FieldRow(labels[LabelKeys.SignerName], signature.SignerName),
            new FieldRow(labels[LabelKeys.Iin], formatting.OrNotSpecified(signature.Iin)),
            new FieldRow(labels[LabelKeys.Bin], formatting.OrNotSpecified(signature.Bin)),
            new FieldRow(labels[LabelKeys.Organisation], formatting.OrNotSpecified(signature.Organisation)),
            new FieldRow(labels[LabelKeys.Role], formatting.OrNotSpecified(signature.Role)),
            new FieldRow(labels[LabelKeys.Algorithm], signature.Algorithm),
            new FieldRow(labels[LabelKeys.CertificateSerial], signature.CertificateSerial),
            new FieldRow(labels[LabelKeys.CertificateIssuer], signature.CertificateIssuer),
            new FieldRow(labels[LabelKeys.CertificateValidity], validity),
            new FieldRow(labels[LabelKeys.SignedAt], formatting.Time(signature.SignedAt)),
            new FieldRow(labels[LabelKeys.TimestampAt], timestamp),
            StatusRow(signature.Status, labels),
            new FieldRow(labels[LabelKeys.VerificationLink], link.AbsoluteUri),
        ];
    }

    private static FieldRow StatusRow(Indication status, PrintLabels labels) => status switch
    {
        Indication.TotalPassed => new FieldRow(labels[LabelKeys.ValidationStatus], labels[LabelKeys.StatusTotalPassed], ValueEmphasis.Good),
        Indication.TotalFailed => new FieldRow(labels[LabelKeys.ValidationStatus], labels[LabelKeys.StatusTotalFailed], ValueEmphasis.Bad),
        // Anything not proven valid is shown as indeterminate, never as valid.
        _ => new FieldRow(labels[LabelKeys.ValidationStatus], labels[LabelKeys.StatusIndeterminate], ValueEmphasis.Warning),
    };
}
