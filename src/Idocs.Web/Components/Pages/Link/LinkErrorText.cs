using Idocs.Documents.LinkAccess;
using Idocs.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Idocs.Web.Components.Pages.Link;

/// <summary>The title and explanation the link page shows for a link it cannot open.</summary>
public static class LinkErrorText
{
    public static bool IsLinkCode(string? code) =>
        code is LinkAccessErrorCodes.Expired or LinkAccessErrorCodes.Used or LinkAccessErrorCodes.Superseded
            or LinkAccessErrorCodes.Unknown or LinkAccessErrorCodes.WrongDocument;

    public static string Title(IStringLocalizer<Strings> localizer, string code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"LinkError_{Suffix(code)}_Title"];
    }

    public static string Text(IStringLocalizer<Strings> localizer, string code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"LinkError_{Suffix(code)}_Text"];
    }

    private static string Suffix(string code) => code switch
    {
        LinkAccessErrorCodes.Expired => "Expired",
        LinkAccessErrorCodes.Used => "Used",
        LinkAccessErrorCodes.Superseded => "Superseded",
        _ => "Unknown",
    };
}
