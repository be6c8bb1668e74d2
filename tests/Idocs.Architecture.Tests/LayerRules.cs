namespace Idocs.Architecture.Tests;

/// <summary>
/// The layering of the platform: Common at the bottom; Workflows and Signatures on Common only;
/// Documents on those; PrintForms and Billing on Documents; Storage on all of those; Web and Cli
/// on top. Nothing references Web or Cli. Each project names the projects it may reference
/// directly, so a reference that skips up a layer fails as well as one that points down.
/// </summary>
public static class LayerRules
{
    private static readonly string[] Domain =
    [
        "Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents", "Idocs.PrintForms", "Idocs.Billing",
    ];

    private static readonly string[] StorageAndBelow =
        [.. Domain, "Idocs.Storage", "Idocs.Storage.Sqlite", "Idocs.Storage.PostgreSql"];

    /// <summary>The projects each project may reference directly.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedReferences =
        new Dictionary<string, IReadOnlySet<string>>
        {
            ["Idocs.Common"] = Set(),
            ["Idocs.Workflows"] = Set("Idocs.Common"),
            ["Idocs.Signatures"] = Set("Idocs.Common"),
            ["Idocs.Documents"] = Set("Idocs.Common", "Idocs.Workflows", "Idocs.Signatures"),
            ["Idocs.PrintForms"] = Set("Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents"),
            ["Idocs.Billing"] = Set("Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents"),
            ["Idocs.Storage"] = Set(Domain),
            ["Idocs.Storage.Sqlite"] = Set("Idocs.Common", "Idocs.Storage"),
            ["Idocs.Storage.PostgreSql"] = Set("Idocs.Common", "Idocs.Storage"),
            ["Idocs.Web"] = Set(StorageAndBelow),
            ["Idocs.Cli"] = Set(StorageAndBelow),
        };

    /// <summary>
    /// Returns every edge of the graph that the rules forbid, including edges from projects that
    /// have no rule yet, so that a new project cannot slip past the check.
    /// </summary>
    /// <param name="graph">Each project's name mapped to the names of the projects it references.</param>
    public static IReadOnlyList<ForbiddenReference> FindForbiddenReferences(
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);

        var forbidden = new List<ForbiddenReference>();
        foreach (var (project, references) in graph.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (!AllowedReferences.TryGetValue(project, out var allowed))
            {
                forbidden.Add(new ForbiddenReference(project, "(any)", "the project has no layer rule; add it to LayerRules"));
                continue;
            }

            foreach (var reference in references.Where(reference => !allowed.Contains(reference)).Order(StringComparer.Ordinal))
            {
                forbidden.Add(new ForbiddenReference(project, reference, "its layer may not use that project"));
            }
        }

        return forbidden;
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
