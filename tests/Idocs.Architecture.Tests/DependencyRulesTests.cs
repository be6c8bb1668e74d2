using System.Reflection;

namespace Idocs.Architecture.Tests;

/// <summary>
/// Checks the layering from assembly references: Common at the bottom; Workflows and Signatures on
/// Common only; Documents on those; PrintForms and Billing on Documents; Storage on all of those;
/// Web and Cli on top. Only the storage assemblies may reference EF Core.
/// </summary>
public class DependencyRulesTests
{
    private static readonly string[] ProjectAssemblies =
    [
        "Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents", "Idocs.PrintForms",
        "Idocs.Billing", "Idocs.Storage", "Idocs.Storage.Sqlite", "Idocs.Storage.PostgreSql",
        "Idocs.Web", "Idocs.Cli",
    ];

    /// <summary>The project assemblies each project may reference directly.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new()
    {
        ["Idocs.Common"] = [],
        ["Idocs.Workflows"] = ["Idocs.Common"],
        ["Idocs.Signatures"] = ["Idocs.Common"],
        ["Idocs.Documents"] = ["Idocs.Common", "Idocs.Workflows", "Idocs.Signatures"],
        ["Idocs.PrintForms"] = ["Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents"],
        ["Idocs.Billing"] = ["Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents"],
        ["Idocs.Storage"] =
        [
            "Idocs.Common", "Idocs.Workflows", "Idocs.Signatures", "Idocs.Documents", "Idocs.PrintForms",
            "Idocs.Billing",
        ],
        ["Idocs.Storage.Sqlite"] = ["Idocs.Common", "Idocs.Storage"],
        ["Idocs.Storage.PostgreSql"] = ["Idocs.Common", "Idocs.Storage"],
    };

    private static readonly string[] StorageAssemblies =
        ["Idocs.Storage", "Idocs.Storage.Sqlite", "Idocs.Storage.PostgreSql", "Idocs.Web", "Idocs.Cli"];

    public static TheoryData<string> Layers() => new(AllowedReferences.Keys);

    [Theory]
    [MemberData(nameof(Layers))]
    public void ProjectReferences_StayWithinAllowedLayers(string assemblyName)
    {
        var forbidden = ReferencedProjectAssemblies(assemblyName)
            .Except(AllowedReferences[assemblyName])
            .ToList();

        Assert.True(
            forbidden.Count == 0,
            $"{assemblyName} references {string.Join(", ", forbidden)}, which its layer may not use.");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void EntityFrameworkCore_IsReferencedOnlyByStorage(string assemblyName)
    {
        if (StorageAssemblies.Contains(assemblyName))
        {
            return;
        }

        var efReferences = ReferencedAssemblies(assemblyName)
            .Where(name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .ToList();

        Assert.True(
            efReferences.Count == 0,
            $"{assemblyName} references {string.Join(", ", efReferences)}; only the storage assemblies may use EF Core.");
    }

    [Fact]
    public void NoProject_ReferencesWebOrCli()
    {
        var offenders = ProjectAssemblies
            .Where(name => ReferencedProjectAssemblies(name).Any(r => r is "Idocs.Web" or "idocs" or "Idocs.Cli"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static List<string> ReferencedProjectAssemblies(string assemblyName) =>
        ReferencedAssemblies(assemblyName)
            .Where(name => name.StartsWith("Idocs.", StringComparison.Ordinal) || name == "idocs")
            .ToList();

    private static List<string> ReferencedAssemblies(string assemblyName)
    {
        var fileName = assemblyName == "Idocs.Cli" ? "idocs" : assemblyName;
        var assembly = Assembly.Load(fileName);
        return assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
    }
}
