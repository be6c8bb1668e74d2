using Idocs.Web.Components.Pages.Account;
using Idocs.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Idocs.Web.Components.Shared;

/// <summary>Turns an error code from a document use case or cabinet-documents.js into a sentence in the user's language.</summary>
public static class DocumentErrorText
{
    /// <summary>
    /// Returns the document resource <c>Error_</c> + code (dots and dashes as underscores); for codes
    /// the document pages do not know, the cabinet's shared error text, which names the code.
    /// </summary>
    public static string For(IStringLocalizer<DocumentStrings> documents, IStringLocalizer<Strings> shared, string? code)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(shared);

        var key = "Error_" + (code ?? "unknown").Replace('.', '_').Replace('-', '_');
        var text = documents[key];
        return text.ResourceNotFound ? AuthErrorText.For(shared, code) : text;
    }
}
