namespace Idocs.Documents.Templates;

/// <summary>What a template field holds; it decides how a value is checked and written into the file.</summary>
public enum TemplateFieldKind
{
    Text,

    /// <summary>A decimal number, written as entered with a dot as the separator.</summary>
    Number,

    /// <summary>A sum of money, written with two decimals and grouped thousands.</summary>
    Amount,

    /// <summary>A calendar date entered as yyyy-MM-dd and written as dd.MM.yyyy.</summary>
    Date,

    /// <summary>The counterparty's name as it appears on the document.</summary>
    Counterparty,

    /// <summary>One of the field's <see cref="TemplateField.Options"/>.</summary>
    List,
}
