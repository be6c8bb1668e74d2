using System.Globalization;
using Idocs.Web.Components.Pages.Account;
using Idocs.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Tests.Components.Pages.Account;

public sealed class AuthErrorTextTests
{
    private static readonly IStringLocalizer<Strings> Localizer = new StringLocalizer<Strings>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public void For_CanceledInEnglish_ReturnsEnglishSentence()
    {
        var text = InCulture("en", () => AuthErrorText.For(Localizer, "ncalayer.canceled"));

        Assert.StartsWith("Signing was canceled", text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NotAvailableInRussian_ReturnsRussianSentence()
    {
        var text = InCulture("ru", () => AuthErrorText.For(Localizer, "ncalayer.not-available"));

        Assert.StartsWith("NCALayer не отвечает", text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UnknownCode_NamesCodeInGeneralSentence()
    {
        var text = InCulture("kk", () => AuthErrorText.For(Localizer, "accounts.something-new"));

        Assert.Contains("accounts.something-new", text, StringComparison.Ordinal);
        Assert.StartsWith("Әрекетті орындау мүмкін болмады", text, StringComparison.Ordinal);
    }

    private static string InCulture(string culture, Func<string> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
