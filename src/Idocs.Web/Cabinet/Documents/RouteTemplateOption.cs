namespace Idocs.Web.Cabinet.Documents;

/// <summary>A published route template: shipped with the platform (<c>workflows/</c>) or published from the company's designer.</summary>
public sealed record RouteTemplateOption(string Id, string Name, int Version, bool Shipped);
