using Idocs.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Idocs.Web.Components.Pages.Account;

/// <summary>Turns an error code from cabinet-auth.js into a sentence in the user's language.</summary>
public static class AuthErrorText
{
    /// <summary>
    /// Returns the resource <c>Error_</c> + code (dots and dashes as underscores), or a general
    /// sentence naming the code when the cabinet has no text for it.
    /// </summary>
    public static string For(IStringLocalizer<Strings> localizer, string? code)
    {
        ArgumentNullException.ThrowIfNull(localizer);

        var key = "Error_" + (code ?? "unknown").Replace('.', '_').Replace('-', '_');
        var text = localizer[key];
        return text.ResourceNotFound ? localizer["Error_Unknown", code ?? "unknown"] : text;
    }
}
