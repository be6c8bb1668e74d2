using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Templates;

namespace Idocs.Web.Api.Templates;

/// <summary>Reads a template body into the domain record, with an error naming each bad value.</summary>
internal static class TemplateBodyReader
{
    public static Result<DocumentTemplate> Read(TemplateBody? body)
    {
        if (body is null)
        {
            return Invalid("Send the template as JSON with name, layout and fields.");
        }

        TemplateLayoutKind? layout = body.Layout?.Trim().ToLowerInvariant() switch
        {
            "docx" => TemplateLayoutKind.Docx,
            "generatedpdf" => TemplateLayoutKind.GeneratedPdf,
            _ => null,
        };
        if (layout is null)
        {
            return Invalid($"Layout is '{body.Layout}'; use docx or generatedPdf.");
        }

        var fields = new List<TemplateField>();
        foreach (var field in body.Fields ?? [])
        {
            var kind = ParseKind(field.Kind);
            if (kind is null)
            {
                return Invalid($"Field '{field.Name}' has kind '{field.Kind}'; use text, number, amount, date, counterparty or list.");
            }

            fields.Add(new TemplateField(field.Name ?? string.Empty, field.Label ?? string.Empty, kind.Value, field.Required ?? true) { Options = field.Options ?? [] });
        }

        var file = ReadOnlyMemory<byte>.Empty;
        if (!string.IsNullOrEmpty(body.LayoutFile))
        {
            // Base64 text is about 4/3 of the file, so a longer text is rejected before decoding. The template rules check the decoded size.
            if (body.LayoutFile.Length > (TemplateRules.MaxLayoutBytes / 3 * 4) + 4)
            {
                return Invalid($"The layout file is larger than {TemplateRules.MaxLayoutBytes} bytes.");
            }

            var bytes = new byte[body.LayoutFile.Length];
            if (!Convert.TryFromBase64String(body.LayoutFile, bytes, out var written))
            {
                return Invalid("layoutFile is not valid base64; send the .docx bytes encoded as base64.");
            }

            file = bytes.AsMemory(0, written);
        }

        return new DocumentTemplate
        {
            Name = body.Name?.Trim() ?? string.Empty,
            Layout = layout.Value,
            Fields = fields,
            LayoutFile = file,
            DefinitionId = string.IsNullOrWhiteSpace(body.DefinitionId) ? null : body.DefinitionId.Trim(),
        };
    }

    public static string LayoutName(TemplateLayoutKind layout) => JsonNamingPolicy.CamelCase.ConvertName(layout.ToString());

    public static string KindName(TemplateFieldKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static TemplateFieldKind? ParseKind(string? kind) =>
        Enum.TryParse<TemplateFieldKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _) ? parsed : null;

    private static Result<DocumentTemplate> Invalid(string message) => new Error(CommonErrorCodes.InvalidInput, message);
}
