namespace Idocs.Web.Components.Designer;

/// <summary>The document fields a condition can use, offered by the side panel's field picker.</summary>
public static class DesignerFields
{
    // NOTE: the list is fixed to the fields every document has; fields of the company's own
    // document templates are not offered yet and can still be typed into a condition.
    public static readonly IReadOnlyList<string> Names = ["amount", "currency", "kind", "counterpartyBin", "author", "documentDate"];
}
