namespace Idocs.Architecture.Tests;

public class LayerRulesTests
{
    [Fact]
    public void FindForbiddenReferences_SignaturesOnDocuments_ReportsEdge()
    {
        var graph = Graph(("Idocs.Signatures", ["Idocs.Common", "Idocs.Documents"]));

        var forbidden = LayerRules.FindForbiddenReferences(graph);

        var edge = Assert.Single(forbidden);
        Assert.Equal("Idocs.Signatures", edge.From);
        Assert.Equal("Idocs.Documents", edge.To);
    }

    [Theory]
    [InlineData("Idocs.Storage", "Idocs.Web")]
    [InlineData("Idocs.Documents", "Idocs.Cli")]
    [InlineData("Idocs.Web", "Idocs.Cli")]
    [InlineData("Idocs.Cli", "Idocs.Web")]
    [InlineData("Idocs.Common", "Idocs.Workflows")]
    [InlineData("Idocs.Workflows", "Idocs.Documents")]
    [InlineData("Idocs.Documents", "Idocs.Storage")]
    [InlineData("Idocs.Billing", "Idocs.PrintForms")]
    public void FindForbiddenReferences_ForbiddenEdge_ReportsIt(string from, string to)
    {
        var graph = Graph((from, [to]));

        var forbidden = LayerRules.FindForbiddenReferences(graph);

        Assert.Equal(new ForbiddenReference(from, to, "its layer may not use that project"), Assert.Single(forbidden));
    }

    [Fact]
    public void FindForbiddenReferences_DesignedGraph_ReportsNothing()
    {
        var graph = Graph(
            ("Idocs.Common", []),
            ("Idocs.Signatures", ["Idocs.Common"]),
            ("Idocs.Documents", ["Idocs.Common", "Idocs.Signatures", "Idocs.Workflows"]),
            ("Idocs.Storage", ["Idocs.Documents", "Idocs.Billing", "Idocs.PrintForms"]),
            ("Idocs.Web", ["Idocs.Storage", "Idocs.Storage.Sqlite", "Idocs.Storage.PostgreSql"]));

        var forbidden = LayerRules.FindForbiddenReferences(graph);

        Assert.Empty(forbidden);
    }

    [Fact]
    public void FindForbiddenReferences_ProjectWithoutRule_ReportsIt()
    {
        var graph = Graph(("Idocs.Newcomer", ["Idocs.Common"]));

        var forbidden = LayerRules.FindForbiddenReferences(graph);

        Assert.Equal("Idocs.Newcomer", Assert.Single(forbidden).From);
    }

    [Fact]
    public void Load_FakeRepositoryWithForbiddenReference_IsCaught()
    {
        var root = Path.Combine(Path.GetTempPath(), "idocs-arch-" + Guid.NewGuid().ToString("N"));
        try
        {
            WriteProject(root, "Idocs.Common", []);
            WriteProject(root, "Idocs.Signatures", ["../Idocs.Common/Idocs.Common.csproj", "..\\Idocs.Documents\\Idocs.Documents.csproj"]);
            WriteProject(root, "Idocs.Documents", ["../Idocs.Signatures/Idocs.Signatures.csproj"]);
            File.WriteAllText(Path.Combine(root, ProjectReferenceGraph.SolutionFileName), string.Empty);
            var nested = Directory.CreateDirectory(Path.Combine(root, "tests", "bin")).FullName;

            var graph = ProjectReferenceGraph.Load(ProjectReferenceGraph.FindRepositoryRoot(nested));
            var forbidden = LayerRules.FindForbiddenReferences(graph);

            Assert.Equal(["Idocs.Common", "Idocs.Documents"], graph["Idocs.Signatures"]);
            Assert.Equal(new ForbiddenReference("Idocs.Signatures", "Idocs.Documents", "its layer may not use that project"), Assert.Single(forbidden));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void FindRepositoryRoot_NoSolutionAbove_Throws()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "idocs-arch-" + Guid.NewGuid().ToString("N")));
        try
        {
            Assert.Throws<DirectoryNotFoundException>(() => ProjectReferenceGraph.FindRepositoryRoot(folder.FullName));
        }
        finally
        {
            folder.Delete();
        }
    }

    private static Dictionary<string, IReadOnlyCollection<string>> Graph(
        params (string Project, string[] References)[] edges) =>
        edges.ToDictionary(edge => edge.Project, edge => (IReadOnlyCollection<string>)edge.References);

    private static void WriteProject(string root, string name, string[] references)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "src", name)).FullName;
        var items = string.Concat(references.Select(reference => $"<ProjectReference Include=\"{reference}\" />"));
        File.WriteAllText(
            Path.Combine(folder, name + ".csproj"),
            $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{items}</ItemGroup></Project>");
    }
}
