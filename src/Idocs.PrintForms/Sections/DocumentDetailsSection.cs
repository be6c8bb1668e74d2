using System.Globalization;
using Idocs.PrintForms.Layout;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;

namespace Idocs.PrintForms.Sections;

/// <summary>The table of a document's identity and details shared by the print form and the passport.</summary>
internal static class DocumentDetailsSection
{
    public static void Draw(SheetWriter writer, PrintDocumentInfo document, PrintFormatting formatting)
    {
        var labels = formatting.Labels;
        writer.Heading(labels[LabelKeys.DocumentDetailsHeading]);
        writer.Fields(
        [
            new FieldRow(labels[LabelKeys.DocumentTitle], document.Title),
            new FieldRow(labels[LabelKeys.DocumentNumber], formatting.OrNotSpecified(document.Number)),
            new FieldRow(labels[LabelKeys.DocumentId], document.DocumentId.ToString("D", CultureInfo.InvariantCulture)),
            new FieldRow(labels[LabelKeys.CreatedAt], formatting.Time(document.CreatedAt)),
            new FieldRow(labels[LabelKeys.Author], document.AuthorOrganisation),
            new FieldRow(labels[LabelKeys.Parties], document.Parties.Count == 0 ? labels[LabelKeys.NotSpecified] : string.Join("\n", document.Parties)),
            new FieldRow(labels[LabelKeys.FileName], document.FileName),
            new FieldRow(labels[LabelKeys.MediaType], document.MediaType),
            new FieldRow(labels[LabelKeys.FileSize], formatting.FileSize(document.SizeBytes)),
            new FieldRow(labels[LabelKeys.Sha256], document.Sha256Hex.ToLowerInvariant()),
            new FieldRow(labels[LabelKeys.GeneratedAt], formatting.Time(formatting.GeneratedAt)),
        ]);
    }
}
