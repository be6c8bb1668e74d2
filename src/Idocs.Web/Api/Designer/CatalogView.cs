namespace Idocs.Web.Api.Designer;

public sealed record CatalogView(IReadOnlyList<DraftView> Drafts, IReadOnlyList<DefinitionSummary> Published, IReadOnlyList<DefinitionSummary> Shipped);
