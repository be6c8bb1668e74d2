namespace Idocs.Documents.Templates;

public enum TemplateLayoutKind
{
    /// <summary>A DOCX file with <c>{{field}}</c> placeholders that are replaced by the field values.</summary>
    Docx,

    /// <summary>No file of the company's own: the document is a generated PDF listing the fields.</summary>
    GeneratedPdf,
}
