namespace Idocs.Documents.Templates;

/// <summary>Stable codes of the expected failures of document templates.</summary>
public static class TemplateErrorCodes
{
    /// <summary>A field value does not fit the field's kind; the message names the field and the expected form.</summary>
    public const string InvalidFieldValue = "templates.invalid_field_value";

    public const string MissingFieldValue = "templates.missing_field_value";

    /// <summary>A value was sent for a field the template does not have.</summary>
    public const string UnknownField = "templates.unknown_field";

    /// <summary>The layout file names a placeholder that is not one of the template's fields.</summary>
    public const string UnknownPlaceholder = "templates.unknown_placeholder";

    /// <summary>The layout file is not a readable DOCX document.</summary>
    public const string InvalidLayout = "templates.invalid_layout";

    /// <summary>The template does not exist in the caller's company; another company's template reads the same.</summary>
    public const string TemplateNotFound = "templates.not_found";

    /// <summary>The template's name, fields or layout break a rule; the message names the part and the rule.</summary>
    public const string InvalidTemplate = "templates.invalid_template";
}
