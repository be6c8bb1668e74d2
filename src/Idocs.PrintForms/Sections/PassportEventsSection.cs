using System.Globalization;
using Idocs.PrintForms.Layout;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;
using PdfSharp.Drawing;

namespace Idocs.PrintForms.Sections;

/// <summary>The passport's history: one titled group of rows per event, kept on one page when it fits.</summary>
internal static class PassportEventsSection
{
    public static void Draw(SheetWriter writer, IReadOnlyList<PassportEvent> events, string chainHeadHex, PrintFormatting formatting)
    {
        var labels = formatting.Labels;
        writer.Heading(labels[LabelKeys.PassportEventsHeading]);
        writer.Fields(
        [
            new FieldRow(labels[LabelKeys.EventCount], events.Count.ToString(labels.Culture)),
            new FieldRow(labels[LabelKeys.ChainHead], chainHeadHex.ToLowerInvariant()),
        ]);
        writer.Advance(6);

        if (events.Count == 0)
        {
            writer.Paragraph(labels[LabelKeys.NoEvents], writer.ValueFont, XBrushes.Black);
            return;
        }

        foreach (var passportEvent in events)
        {
            var title = string.Create(
                CultureInfo.InvariantCulture,
                $"{passportEvent.Sequence}. {formatting.Time(passportEvent.OccurredAt)} — {labels[LabelKeys.ForAction(passportEvent.Action)]}");
            var rows = Rows(passportEvent, formatting);
            var titleHeight = writer.StrongFont.GetHeight() + 2;

            writer.EnsureSpace(titleHeight + writer.MeasureFields(rows, writer.ContentWidth - SheetWriter.LabelColumnWidth));
            writer.Paragraph(title, writer.StrongFont, XBrushes.Black);
            writer.Fields(rows);
            writer.Advance(6);
        }
    }

    private static List<FieldRow> Rows(PassportEvent passportEvent, PrintFormatting formatting)
    {
        var labels = formatting.Labels;
        var actor = passportEvent.ActorIin is null
            ? passportEvent.ActorName
            : $"{passportEvent.ActorName}, {labels[LabelKeys.Iin]} {passportEvent.ActorIin}";
        if (!string.IsNullOrWhiteSpace(passportEvent.ActorOrganisation))
        {
            actor += "\n" + passportEvent.ActorOrganisation;
        }

        var certificate = passportEvent.CertificateSerial is null
            ? labels[LabelKeys.NotSpecified]
            : $"{passportEvent.CertificateSerial}\n{formatting.OrNotSpecified(passportEvent.CertificateIssuer)}";

        var rows = new List<FieldRow>
        {
            new(labels[LabelKeys.EventActor], actor),
            new(labels[LabelKeys.EventCertificate], certificate),
        };
        if (!string.IsNullOrWhiteSpace(passportEvent.Details))
        {
            rows.Add(new FieldRow(labels[LabelKeys.EventDetails], passportEvent.Details));
        }

        rows.Add(new FieldRow(labels[LabelKeys.EventHash], passportEvent.EventHash.ToLowerInvariant()));
        return rows;
    }
}
