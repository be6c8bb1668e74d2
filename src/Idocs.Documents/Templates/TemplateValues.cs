using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Documents.Templates;

/// <summary>Checks the values a user entered against the template's fields and turns them into the text written into the file.</summary>
public static class TemplateValues
{
    public const int MaxTextLength = 2000;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Returns the text for each field (empty for an optional field left blank), or the first invalid value.</summary>
    public static Result<IReadOnlyDictionary<string, string>> Format(DocumentTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var unknown = values.Keys.FirstOrDefault(name => !template.Fields.Any(field => field.Name == name));
        if (unknown is not null)
        {
            return Failure(TemplateErrorCodes.UnknownField, $"Template '{template.Name}' has no field '{unknown}'.");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            var raw = values.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                if (field.Required)
                {
                    return Failure(TemplateErrorCodes.MissingFieldValue, $"Field '{field.Label}' ({field.Name}) is required; enter a value.");
                }

                texts[field.Name] = string.Empty;
                continue;
            }

            var text = FormatOne(field, raw);
            if (!text.IsSuccess)
            {
                return Result<IReadOnlyDictionary<string, string>>.Failure(text.Error);
            }

            texts[field.Name] = text.Value;
        }

        return texts;
    }

    private static Result<string> FormatOne(TemplateField field, string raw)
    {
        if (raw.Length > MaxTextLength)
        {
            return Invalid(field, $"at most {MaxTextLength} characters");
        }

        return field.Kind switch
        {
            TemplateFieldKind.Text or TemplateFieldKind.Counterparty => raw,
            TemplateFieldKind.Number => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : Invalid(field, "a number such as 12.5"),
            TemplateFieldKind.Amount => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0
                ? amount.ToString("N2", Russian)
                : Invalid(field, "a non-negative amount such as 1500000.00"),
            TemplateFieldKind.Date => DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
                : Invalid(field, "a date as yyyy-MM-dd, for example 2026-12-31"),
            TemplateFieldKind.List => field.Options.Contains(raw, StringComparer.Ordinal)
                ? raw
                : Invalid(field, $"one of: {string.Join(", ", field.Options)}"),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown template field kind."),
        };
    }

    private static Result<string> Invalid(TemplateField field, string expected) =>
        Result<string>.Failure(TemplateErrorCodes.InvalidFieldValue, $"Field '{field.Label}' ({field.Name}) must be {expected}.");

    private static Result<IReadOnlyDictionary<string, string>> Failure(string code, string message) =>
        Result<IReadOnlyDictionary<string, string>>.Failure(code, message);
}
