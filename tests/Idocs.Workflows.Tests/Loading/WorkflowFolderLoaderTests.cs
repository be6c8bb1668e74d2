using Idocs.Workflows.Definitions;
using Idocs.Workflows.Loading;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Tests.Loading;

public sealed class WorkflowFolderLoaderTests : IDisposable
{
    private readonly EngineHost _host = new();
    private readonly WorkflowFolderLoader _loader;
    private readonly DefinitionPublisher _publisher;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"idocs-workflows-{Guid.NewGuid():N}");

    public WorkflowFolderLoaderTests()
    {
        _publisher = new DefinitionPublisher(_host.Definitions, new DefinitionValidator(_host.Registry), NullLogger<DefinitionPublisher>.Instance);
        _loader = new WorkflowFolderLoader(_publisher, NullLogger<WorkflowFolderLoader>.Instance);
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Load_ShippedFolder_LoadsEveryFileReadOnly()
    {
        var loaded = await _loader.LoadAsync(RepositoryPaths.Workflows, TestContext.Current.CancellationToken);

        Assert.True(loaded.IsSuccess);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Length, loaded.Value.Count);
        foreach (var file in loaded.Value)
        {
            Assert.True(file.IsLoaded, file.Error?.Message);
            Assert.True(file.Definition!.ReadOnly);
            Assert.Equal(DefinitionSource.ShippedFile, file.Definition.Source);
            Assert.Equal(DefinitionState.Published, file.Definition.State);
        }
    }

    [Fact]
    public async Task Load_Twice_KeepsVersion()
    {
        var token = TestContext.Current.CancellationToken;
        await _loader.LoadAsync(RepositoryPaths.Workflows, token);

        var again = await _loader.LoadAsync(RepositoryPaths.Workflows, token);

        Assert.All(again.Value!, file => Assert.Equal(1, file.Definition!.Version));
    }

    [Fact]
    public async Task Load_ChangedFile_PublishesNextVersion()
    {
        var token = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "single-approval.json");
        await File.WriteAllTextAsync(path, WorkflowJson.Serialize(RouteDefinitions.SingleApproval()), token);
        await _loader.LoadAsync(_folder, token);
        var changed = RouteDefinitions.SingleApproval(approveInputs: new { participants = new[] { new { role = "Lawyer" } } });
        await File.WriteAllTextAsync(path, WorkflowJson.Serialize(changed), token);

        var reloaded = await _loader.LoadAsync(_folder, token);

        Assert.Equal(2, Assert.Single(reloaded.Value!).Definition!.Version);
    }

    [Fact]
    public async Task Load_InvalidFile_ReportsAndLoadsOthers()
    {
        var token = TestContext.Current.CancellationToken;
        var broken = DefinitionBuilder.Create("broken").Activity("start", "Start").Activity("stamp", "Stamp").Connect("start", "Done", "stamp").Build();
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.json"), WorkflowJson.Serialize(broken), token);
        await File.WriteAllTextAsync(Path.Combine(_folder, "single-approval.json"), WorkflowJson.Serialize(RouteDefinitions.SingleApproval()), token);

        var loaded = await _loader.LoadAsync(_folder, token);

        var failed = loaded.Value!.Single(file => file.FileName == "broken.json");
        Assert.False(failed.IsLoaded);
        Assert.Equal(WorkflowErrorCodes.InvalidDefinition, failed.Error!.Code);
        Assert.Contains("broken.json", failed.Error.Message, StringComparison.Ordinal);
        Assert.Contains(ValidationCodes.UnknownActivityType, failed.Error.Message, StringComparison.Ordinal);
        Assert.True(loaded.Value!.Single(file => file.FileName == "single-approval.json").IsLoaded);
    }

    [Fact]
    public async Task Load_MalformedJson_ReportsLine()
    {
        var token = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.json"), "{\n \"id\": \"bad\",\n \"name\": ,\n}", token);

        var loaded = await _loader.LoadAsync(_folder, token);

        var failed = Assert.Single(loaded.Value!);
        Assert.Equal(WorkflowErrorCodes.InvalidDefinitionJson, failed.Error!.Code);
        Assert.Contains("bad.json", failed.Error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", failed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FileNameDiffersFromId_IsRejected()
    {
        var token = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_folder, "other-name.json"), WorkflowJson.Serialize(RouteDefinitions.SingleApproval()), token);

        var loaded = await _loader.LoadAsync(_folder, token);

        Assert.Contains("declares id 'single-approval'", Assert.Single(loaded.Value!).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_MissingFolder_ReturnsNotFound()
    {
        var loaded = await _loader.LoadAsync(Path.Combine(_folder, "missing"), TestContext.Current.CancellationToken);

        Assert.Equal(Common.Results.CommonErrorCodes.NotFound, loaded.Error?.Code);
    }

    [Fact]
    public async Task ShippedDefinition_EditFromDesigner_IsReadOnly()
    {
        var token = TestContext.Current.CancellationToken;
        await _loader.LoadAsync(RepositoryPaths.Workflows, token);
        var shipped = await _host.Definitions.FindLatestAsync("incoming", token);

        var edited = await _publisher.PublishAsync(shipped! with { Name = "Edited" }, DefinitionSource.Designer, token);

        Assert.Equal(WorkflowErrorCodes.DefinitionReadOnly, edited.Error?.Code);
    }
}
