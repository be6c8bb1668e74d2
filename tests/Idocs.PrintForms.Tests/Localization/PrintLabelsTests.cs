using System.Reflection;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;

namespace Idocs.PrintForms.Tests.Localization;

public sealed class PrintLabelsTests
{
    public static TheoryData<PrintLanguage> Languages() => new(Enum.GetValues<PrintLanguage>());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Indexer_EveryKey_HasNonEmptyLabel(PrintLanguage language)
    {
        var labels = PrintLabels.For(language);

        var missing = AllKeys().Where(key => string.IsNullOrWhiteSpace(labels[key])).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(PrintLanguage.Kazakh)]
    [InlineData(PrintLanguage.English)]
    public void Indexer_TranslatedLanguage_DiffersFromRussianForTitles(PrintLanguage language)
    {
        var russian = PrintLabels.For(PrintLanguage.Russian);
        var translated = PrintLabels.For(language);

        Assert.NotEqual(russian[LabelKeys.PrintFormTitle], translated[LabelKeys.PrintFormTitle]);
        Assert.NotEqual(russian[LabelKeys.PassportTitle], translated[LabelKeys.PassportTitle]);
        Assert.NotEqual(russian[LabelKeys.Iin], translated[LabelKeys.Iin]);
    }

    [Fact]
    public void Indexer_UnknownKey_Throws()
    {
        var labels = PrintLabels.For(PrintLanguage.Russian);

        Assert.Throws<InvalidOperationException>(() => labels["NoSuchLabel"]);
    }

    [Fact]
    public void FormatTime_AlmatyZone_ShowsLocalTimeAndOffset()
    {
        var labels = PrintLabels.For(PrintLanguage.Russian);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

        var text = labels.FormatTime(new DateTimeOffset(2026, 12, 4, 19, 0, 0, TimeSpan.Zero), zone);

        Assert.Equal("05.12.2026 00:00:00 (UTC+05:00)", text.Replace('\u00A0', ' '));
    }

    private static IEnumerable<string> AllKeys() =>
        typeof(LabelKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Concat(Enum.GetValues<PassportAction>().Select(LabelKeys.ForAction));
}
