using System.Globalization;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;

namespace Idocs.PrintForms.Sections;

/// <summary>The labels, time zone and generation time one rendering uses.</summary>
internal sealed record PrintFormatting(PrintLabels Labels, TimeZoneInfo Zone, DateTimeOffset GeneratedAt)
{
    public string Time(DateTimeOffset time) => Labels.FormatTime(time, Zone);

    public string OrNotSpecified(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Labels[LabelKeys.NotSpecified] : value;

    public string FileSize(long bytes) =>
        Labels.Format(LabelKeys.FileSizeBytes, bytes.ToString("N0", Labels.Culture));

    public string Footer(PrintDocumentInfo document, int pageNumber, int pageCount) =>
        Labels.Format(
            LabelKeys.PageFooter,
            document.DocumentId.ToString("D", CultureInfo.InvariantCulture),
            pageNumber,
            pageCount);
}
