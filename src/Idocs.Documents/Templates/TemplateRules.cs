using System.Text.RegularExpressions;
using Idocs.Common.Results;

namespace Idocs.Documents.Templates;

/// <summary>Checks a template before it is stored: its name, its fields and that its layout matches its kind.</summary>
public static partial class TemplateRules
{
    public const int MaxNameLength = 200;
    public const int MaxFields = 50;
    public const int MaxOptions = 100;
    public const int MaxLayoutBytes = 5 * 1024 * 1024;

    public static Result Check(DocumentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (string.IsNullOrWhiteSpace(template.Name) || template.Name.Length > MaxNameLength)
        {
            return Invalid($"The template name must be 1 to {MaxNameLength} characters.");
        }

        if (template.Fields.Count is 0 or > MaxFields)
        {
            return Invalid($"A template has 1 to {MaxFields} fields; this one has {template.Fields.Count}.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            var checkedField = CheckField(field, names);
            if (!checkedField.IsSuccess)
            {
                return checkedField;
            }
        }

        return template.Layout switch
        {
            TemplateLayoutKind.Docx when template.LayoutFile.IsEmpty => Invalid("A DOCX template needs its layout file; upload a .docx with {{field}} placeholders."),
            TemplateLayoutKind.Docx when template.LayoutFile.Length > MaxLayoutBytes => Invalid($"The layout file is {template.LayoutFile.Length} bytes; the limit is {MaxLayoutBytes}."),
            TemplateLayoutKind.GeneratedPdf when !template.LayoutFile.IsEmpty => Invalid("A generated-PDF template has no layout file; choose the DOCX layout to upload one."),
            _ => Result.Success(),
        };
    }

    private static Result CheckField(TemplateField field, HashSet<string> names)
    {
        if (!FieldName().IsMatch(field.Name ?? string.Empty))
        {
            return Invalid($"Field name '{field.Name}' must be 1 to 64 Latin letters, digits, '_', '.' or '-', as written in the {{{{name}}}} placeholder.");
        }

        if (!names.Add(field.Name!))
        {
            return Invalid($"Field name '{field.Name}' is used twice; give each field its own name.");
        }

        if (string.IsNullOrWhiteSpace(field.Label) || field.Label.Length > MaxNameLength)
        {
            return Invalid($"Field '{field.Name}' needs a label of 1 to {MaxNameLength} characters.");
        }

        if (!Enum.IsDefined(field.Kind))
        {
            return Invalid($"Field '{field.Name}' has an unknown kind.");
        }

        if (field.Kind == TemplateFieldKind.List && (field.Options.Count is 0 or > MaxOptions || field.Options.Any(string.IsNullOrWhiteSpace)))
        {
            return Invalid($"List field '{field.Name}' needs 1 to {MaxOptions} non-empty options.");
        }

        return Result.Success();
    }

    private static Result Invalid(string message) => Result.Failure(TemplateErrorCodes.InvalidTemplate, message);

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();
}
