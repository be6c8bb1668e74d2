using System.Globalization;
using System.Resources;
using Idocs.Web.Localization;

namespace Idocs.Web.Tests.Localization;

public sealed class StringsTests
{
    private static readonly ResourceManager Resources = new(typeof(Strings));

    public static TheoryData<string> TranslatedCultures() => new("kk", "en");

    [Theory]
    [MemberData(nameof(TranslatedCultures))]
    public void Resources_EveryRussianKey_IsTranslated(string culture)
    {
        var russian = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var translated = Resources.GetResourceSet(new CultureInfo(culture), createIfNotExists: true, tryParents: false);

        Assert.NotNull(translated);
        var missing = russian.Cast<System.Collections.DictionaryEntry>()
            .Select(entry => (string)entry.Key)
            .Where(key => string.IsNullOrWhiteSpace(translated.GetString(key)))
            .ToList();
        Assert.True(missing.Count == 0, $"Strings.{culture}.resx lacks: {string.Join(", ", missing)}");
    }
}
