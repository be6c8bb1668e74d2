using Idocs.Cli;
using Idocs.Cli.Commands;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Workflows;

public abstract class WorkflowsLoadCommandTests(StorageDatabaseFixture database) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("idocs-workflows-");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WorkflowsLoad_OneInvalidFile_StoresTheValidOneAndFails()
    {
        database.SkipIfUnavailable();
        var valid = TestWorkflows.SingleApproval($"cli-valid-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, $"{valid.Id}.json"), WorkflowJson.Serialize(valid), Token);
        var invalidId = $"cli-invalid-{Guid.NewGuid():N}";
        await File.WriteAllTextAsync(
            Path.Combine(_folder.FullName, $"{invalidId}.json"),
            $$"""{ "id": "{{invalidId}}", "name": "Broken", "activities": [ { "id": "start", "type": "NoSuchActivity" } ] }""",
            Token);

        var exitCode = await InvokeAsync(_folder.FullName);

        Assert.Equal(WorkflowsCommand.Failed, exitCode);
        var stored = await FindLatestAsync(valid.Id);
        Assert.True(stored?.ReadOnly);
        Assert.Equal(DefinitionSource.ShippedFile, stored?.Source);
        Assert.Null(await FindLatestAsync(invalidId));
    }

    [Fact]
    public async Task WorkflowsLoad_MissingFolder_ReturnsInvalidArguments()
    {
        database.SkipIfUnavailable();

        var exitCode = await InvokeAsync(Path.Combine(_folder.FullName, "missing"));

        Assert.Equal(WorkflowsCommand.InvalidArguments, exitCode);
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private async Task<int> InvokeAsync(string path) =>
        await IdocsCommandLine.Create()
            .Parse(["workflows", "load", "--path", path, "--provider", database.Provider.ToString(), "--connection", database.ConnectionString])
            .InvokeAsync(cancellationToken: Token);

    private async Task<WorkflowDefinition?> FindLatestAsync(string definitionId)
    {
        await using var services = database.CreateServices(services => services.AddIdocsWorkflowStorage(database.CreateConfiguration()));
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().FindLatestAsync(definitionId, Token);
    }
}
