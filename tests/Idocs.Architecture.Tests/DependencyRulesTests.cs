using System.Reflection;

namespace Idocs.Architecture.Tests;

/// <summary>
/// Checks <see cref="LayerRules"/> twice: on the compiled assemblies' references and on the
/// <c>ProjectReference</c> items of every project file under <c>src/</c>. Only the storage
/// assemblies and the hosts above them may reference EF Core.
/// </summary>
public class DependencyRulesTests
{
    private const string CliAssemblyName = "idocs";

    private static readonly string[] EntityFrameworkUsers =
        ["Idocs.Storage", "Idocs.Storage.Sqlite", "Idocs.Storage.PostgreSql", "Idocs.Web", "Idocs.Cli"];

    public static TheoryData<string> Projects() => new(LayerRules.AllowedReferences.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void AssemblyReferences_StayWithinAllowedLayers(string projectName)
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>>
        {
            [projectName] = ReferencedProjectAssemblies(projectName),
        };

        var forbidden = LayerRules.FindForbiddenReferences(graph);

        Assert.True(forbidden.Count == 0, string.Join(Environment.NewLine, forbidden));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EntityFrameworkCore_IsReferencedOnlyByStorage(string projectName)
    {
        if (EntityFrameworkUsers.Contains(projectName))
        {
            return;
        }

        var efReferences = ReferencedAssemblies(projectName)
            .Where(name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .ToList();

        Assert.True(
            efReferences.Count == 0,
            $"{projectName} references {string.Join(", ", efReferences)}; only the storage assemblies may use EF Core.");
    }

    [Fact]
    public void ProjectFiles_EveryProjectReference_IsAllowed()
    {
        var root = ProjectReferenceGraph.FindRepositoryRoot(AppContext.BaseDirectory);
        var graph = ProjectReferenceGraph.Load(root);

        var forbidden = LayerRules.FindForbiddenReferences(graph);

        Assert.True(forbidden.Count == 0, string.Join(Environment.NewLine, forbidden));
    }

    [Fact]
    public void ProjectFiles_Load_FindsEverySourceProject()
    {
        var root = ProjectReferenceGraph.FindRepositoryRoot(AppContext.BaseDirectory);

        var graph = ProjectReferenceGraph.Load(root);

        Assert.Equal(LayerRules.AllowedReferences.Keys.Order(StringComparer.Ordinal), graph.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Idocs.Storage", graph["Idocs.Web"]);
    }

    private static List<string> ReferencedProjectAssemblies(string projectName) =>
        ReferencedAssemblies(projectName)
            .Where(name => name.StartsWith("Idocs.", StringComparison.Ordinal) || name == CliAssemblyName)
            .Select(name => name == CliAssemblyName ? "Idocs.Cli" : name)
            .ToList();

    private static List<string> ReferencedAssemblies(string projectName)
    {
        var assemblyName = projectName == "Idocs.Cli" ? CliAssemblyName : projectName;
        var assembly = Assembly.Load(assemblyName);
        return assembly.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty).ToList();
    }
}
