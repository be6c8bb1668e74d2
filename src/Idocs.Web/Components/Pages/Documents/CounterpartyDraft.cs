using Idocs.Documents.Documents;
using Idocs.Web.Cabinet.Documents;

namespace Idocs.Web.Components.Pages.Documents;

/// <summary>One counterparty row of the create page: how it is identified, by what, its name and whether it is registered.</summary>
public sealed class CounterpartyDraft
{
    public CounterpartyIdentifierKind Kind { get; set; } = CounterpartyIdentifierKind.Bin;

    public string? Identifier { get; set; }

    public string? Name { get; set; }

    /// <summary>The lookup result for a BIN or IIN, or null until the lookup ran.</summary>
    public CounterpartyMatch? Match { get; set; }
}
