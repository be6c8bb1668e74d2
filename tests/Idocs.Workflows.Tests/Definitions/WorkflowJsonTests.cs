using Idocs.Workflows.Definitions;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Definitions;

public class WorkflowJsonTests
{
    [Fact]
    public void Serialize_ThenDeserialize_KeepsEveryField()
    {
        var definition = DefinitionBuilder.Create("round-trip").Process()
            .Activity("start", "Start")
            .Activity("approve", "Approve", new { participants = new[] { new { role = "Director" } }, completion = "any-of" })
            .Activity("end", "End")
            .Connect("start", "Done", "approve")
            .Connect("approve", "Approved", "end")
            .Build(version: 3) with { Description = "Round trip", Source = DefinitionSource.Designer, ReadOnly = true };

        var json = WorkflowJson.Serialize(definition);
        var parsed = WorkflowJson.Deserialize(json);

        Assert.True(parsed.IsSuccess);
        Assert.Equal("round-trip", parsed.Value.Id);
        Assert.Equal(3, parsed.Value.Version);
        Assert.Equal(WorkflowKind.Process, parsed.Value.Kind);
        Assert.Equal(DefinitionSource.Designer, parsed.Value.Source);
        Assert.True(parsed.Value.ReadOnly);
        Assert.Equal("Round trip", parsed.Value.Description);
        Assert.Equal(3, parsed.Value.Activities.Count);
        Assert.Equal(new DisplayPosition(200, 100), parsed.Value.Activities[1].Position);
        Assert.Equal("any-of", parsed.Value.Activities[1].Inputs["completion"].GetString());
        Assert.Equal(new ConnectionDefinition("approve", "Approved", "end"), parsed.Value.Connections[1]);
    }

    [Fact]
    public void Serialize_Enums_UseKebabCase()
    {
        var definition = DefinitionBuilder.Create("enums").Activity("start", "Start").Build() with { Source = DefinitionSource.ShippedFile };

        var json = WorkflowJson.Serialize(definition);

        Assert.Contains("\"source\": \"shipped-file\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"route\"", json, StringComparison.Ordinal);
        Assert.Contains("\"state\": \"published\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedJson_ReturnsErrorWithLine()
    {
        var parsed = WorkflowJson.Deserialize("{\n  \"id\": \"x\",\n  \"name\": }");

        Assert.False(parsed.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.InvalidDefinitionJson, parsed.Error.Code);
        Assert.Contains("line 3", parsed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownProperty_ReturnsError()
    {
        var parsed = WorkflowJson.Deserialize("""{"id":"x","name":"X","activities":[],"connections":[],"colour":"red"}""");

        Assert.False(parsed.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.InvalidDefinitionJson, parsed.Error.Code);
    }

    [Theory]
    [InlineData("""{"id":"x","name":"X","activities":null,"connections":[]}""")]
    [InlineData("""{"id":"x","name":"X","activities":[{"id":"a","type":"Start","inputs":null}],"connections":[]}""")]
    [InlineData("""{"id":"x","name":"X","activities":[],"connections":[{"from":"a","outcome":"Done"}]}""")]
    [InlineData("""{"name":"X","activities":[],"connections":[]}""")]
    public void Deserialize_MissingOrNullMember_ReturnsError(string json)
    {
        var parsed = WorkflowJson.Deserialize(json);

        Assert.False(parsed.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.InvalidDefinitionJson, parsed.Error.Code);
    }

    [Fact]
    public void Deserialize_UnknownKind_ReturnsError()
    {
        var parsed = WorkflowJson.Deserialize("""{"id":"x","name":"X","kind":"flow","activities":[],"connections":[]}""");

        Assert.False(parsed.IsSuccess);
    }
}
