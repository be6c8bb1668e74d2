using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Designer;

public class DefinitionExchangeTests
{
    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Workflows, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ExportThenImport_ShippedFile_GivesIdenticalDefinition(string fileName)
    {
        var original = DefinitionExchange.Import(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, fileName))).Value!;

        var exported = DefinitionExchange.Export(original);
        var imported = DefinitionExchange.Import(exported);

        Assert.True(imported.IsSuccess, imported.Error?.Message);
        Assert.True(DefinitionDiffer.Compare(original, imported.Value).IsEmpty);
        Assert.Equal(WorkflowJson.Serialize(original), WorkflowJson.Serialize(imported.Value));
        Assert.Equal(exported, DefinitionExchange.Export(imported.Value));
    }

    [Fact]
    public void Export_PublishedVersion_LeavesOutAssignedProperties()
    {
        var published = RouteDefinitions.SingleApproval(version: 4) with { Source = DefinitionSource.ShippedFile, ReadOnly = true };

        var exported = DefinitionExchange.Export(published);

        Assert.DoesNotContain("\"version\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("\"readOnly\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("\"state\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("\"source\"", exported, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownProperty_ReturnsInvalidJson()
    {
        var imported = DefinitionExchange.Import("""{ "id": "x", "name": "X", "activities": [], "connections": [], "colour": "red" }""");

        Assert.Equal(WorkflowErrorCodes.InvalidDefinitionJson, imported.Error?.Code);
    }
}
