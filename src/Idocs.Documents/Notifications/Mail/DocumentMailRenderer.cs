using System.Globalization;
using System.Resources;
using Idocs.Documents.Flow;
using Microsoft.Extensions.Options;

namespace Idocs.Documents.Notifications.Mail;

/// <summary>
/// Writes a document mail in the recipient's language from the DocumentMailTexts resources:
/// Russian by default and for an unknown language, Kazakh and English when the recipient chose them.
/// </summary>
public sealed class DocumentMailRenderer(IOptions<DocumentMailOptions> options)
{
    private static readonly ResourceManager Texts = new("Idocs.Documents.Notifications.Mail.DocumentMailTexts", typeof(DocumentMailRenderer).Assembly);
    private static readonly string[] Languages = ["ru", "kk", "en"];

    public RenderedMail Render(DocumentMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);

        var culture = CultureOf(mail.Language);
        var values = new Dictionary<string, string>(mail.Values, StringComparer.Ordinal)
        {
            ["recipientName"] = mail.RecipientName,
        };
        if (values.TryGetValue(DocumentMailValues.Status, out var status))
        {
            values[DocumentMailValues.Status] = Texts.GetString($"Status.{status}", culture) ?? status;
        }

        values[DocumentMailValues.Reason] = values.TryGetValue(DocumentMailValues.Reason, out var reason) && reason.Length > 0
            ? Fill(Text("Reason", culture), new Dictionary<string, string> { [DocumentMailValues.Reason] = reason })
            : string.Empty;
        if (values.Remove(DocumentMailValues.LinkToken, out var token))
        {
            values["link"] = LinkUrl(mail.DocumentId, token).ToString();
        }

        if (values.TryGetValue(DocumentMailValues.ExpiresAt, out var expiresAt) && DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, out var expiry))
        {
            values[DocumentMailValues.ExpiresAt] = expiry.ToString("dd.MM.yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        }

        var template = mail.Template.ToString();
        return new RenderedMail(
            mail.RecipientEmail,
            mail.RecipientName,
            Fill(Text($"{template}.Subject", culture), values),
            Fill(Text($"{template}.Body", culture), values).TrimEnd() + "\n");
    }

    /// <summary>The cabinet page a link opens: the document id in the path and the token in the query.</summary>
    public Uri LinkUrl(Guid documentId, string token) =>
        new(options.Value.PublicBaseUrl, $"link/{documentId:D}?token={Uri.EscapeDataString(token)}");

    private static CultureInfo CultureOf(string? language)
    {
        var name = (language ?? string.Empty).Trim().ToLowerInvariant();
        var chosen = Languages.FirstOrDefault(candidate => name == candidate || name.StartsWith(candidate + "-", StringComparison.Ordinal)) ?? "ru";
        return CultureInfo.GetCultureInfo(chosen);
    }

    private static string Text(string key, CultureInfo culture) =>
        Texts.GetString(key, culture) ?? throw new InvalidOperationException($"Document mail text '{key}' is missing.");

    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var filled = template;
        foreach (var (name, value) in values)
        {
            filled = filled.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return filled;
    }
}
