using Idocs.Storage.Designer;
using Idocs.Storage.Tests.Workflows;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Designer;

public abstract class DesignerStoreTests(StorageDatabaseFixture database)
{
    private const string Admin = "admin-1";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveDraft_RoundTrip_KeepsDefinitionAndRevision()
    {
        database.SkipIfUnavailable();
        await using var services = CreateServices();
        await using var scope = services.CreateAsyncScope();
        var designer = scope.ServiceProvider.GetRequiredService<DesignerService>();
        var company = Guid.NewGuid();
        var definition = TestWorkflows.SingleApproval($"draft-{Guid.NewGuid():N}");
        var draft = await designer.CreateDraftAsync(company, Admin, definition, Token);

        var saved = await designer.SaveDraftAsync(company, Admin, draft.Value!.Id, definition with { Name = "Renamed" }, draft.Value.Revision, Token);
        var stale = await designer.SaveDraftAsync(company, Admin, draft.Value.Id, definition, draft.Value.Revision, Token);

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(DesignerErrorCodes.DraftChanged, stale.Error?.Code);
        var stored = await designer.FindDraftAsync(company, draft.Value.Id, Token);
        Assert.Equal("Renamed", stored!.Definition.Name);
        Assert.Equal(2, stored.Revision);
        Assert.True(DefinitionDiffer.Compare(definition, stored.Definition).Activities.Count == 0);
        Assert.Null(await designer.FindDraftAsync(Guid.NewGuid(), draft.Value.Id, Token));
    }

    [Fact]
    public async Task Publish_SecondVersion_RunningInstanceFinishesOnFirst()
    {
        database.SkipIfUnavailable();
        await using var services = CreateServices();
        var company = Guid.NewGuid();
        var id = $"designed-{Guid.NewGuid():N}";
        await PublishAsync(services, company, TestWorkflows.SingleApproval(id));
        var instance = await StartAsync(services, id);
        await using (var scope = services.CreateAsyncScope())
        {
            var designer = scope.ServiceProvider.GetRequiredService<DesignerService>();
            var edit = await designer.DraftFromVersionAsync(company, Admin, id, 1, null, Token);
            var renamed = edit.Value!.Definition with { Name = "Version two" };
            var saved = await designer.SaveDraftAsync(company, Admin, edit.Value.Id, renamed, edit.Value.Revision, Token);
            var second = await designer.PublishAsync(company, saved.Value!.Id, saved.Value.Revision, Token);
            Assert.Equal(2, second.Value!.Version);
        }

        var finished = await ApproveAsync(services, instance.Id);

        Assert.Equal(WorkflowInstanceStatus.Completed, finished.Status);
        Assert.Equal(1, finished.DefinitionVersion);
        await using var check = services.CreateAsyncScope();
        var history = await check.ServiceProvider.GetRequiredService<DesignerService>().HistoryAsync(company, id, Token);
        Assert.Equal([1, 2], history.Value!.Select(version => version.Version));
    }

    [Fact]
    public async Task Publish_IdOwnedByOtherCompany_ReturnsIdTaken()
    {
        database.SkipIfUnavailable();
        await using var services = CreateServices();
        var id = $"owned-{Guid.NewGuid():N}";
        await PublishAsync(services, Guid.NewGuid(), TestWorkflows.SingleApproval(id));
        await using var scope = services.CreateAsyncScope();

        var draft = await scope.ServiceProvider.GetRequiredService<DesignerService>()
            .CreateDraftAsync(Guid.NewGuid(), Admin, TestWorkflows.SingleApproval(id), Token);

        Assert.Equal(DesignerErrorCodes.DefinitionIdTaken, draft.Error?.Code);
    }

    [Fact]
    public async Task ListShippedIds_ReadOnlyDefinition_IsListed()
    {
        database.SkipIfUnavailable();
        await using var services = CreateServices();
        var id = $"shipped-{Guid.NewGuid():N}";
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Idocs.Workflows.Versioning.DefinitionPublisher>()
            .PublishAsync(TestWorkflows.SingleApproval(id), DefinitionSource.ShippedFile, Token);

        var shipped = await scope.ServiceProvider.GetRequiredService<IDesignerStore>().ListShippedIdsAsync(Token);

        Assert.Contains(id, shipped);
    }

    private ServiceProvider CreateServices()
    {
        var configuration = database.CreateConfiguration();
        return database.CreateServices(services =>
        {
            services.AddWorkflowEngine();
            services.AddIdocsWorkflowStorage(configuration);
            services.AddIdocsDesignerStorage();
        });
    }

    private static async Task PublishAsync(ServiceProvider services, Guid company, WorkflowDefinition definition)
    {
        await using var scope = services.CreateAsyncScope();
        var designer = scope.ServiceProvider.GetRequiredService<DesignerService>();
        var draft = await designer.CreateDraftAsync(company, Admin, definition, Token);
        Assert.True(draft.IsSuccess, draft.Error?.Message);
        var published = await designer.PublishAsync(company, draft.Value.Id, draft.Value.Revision, Token);
        Assert.True(published.IsSuccess, published.Error?.Message);
    }

    private static async Task<WorkflowInstance> StartAsync(ServiceProvider services, string id)
    {
        await using var scope = services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>()
            .StartAsync(new StartRequest(id, Actor.User("initiator")), cancellationToken: Token);
        Assert.True(started.IsSuccess, started.Error?.Message);
        return started.Value;
    }

    private static async Task<WorkflowInstance> ApproveAsync(ServiceProvider services, Guid instanceId)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<EntityFrameworkWorkflowStore>();
        var instance = await store.GetInstanceAsync(instanceId, Token);
        var bookmark = Assert.Single(instance!.OpenBookmarks);
        var resumed = await scope.ServiceProvider.GetRequiredService<WorkflowResumer>()
            .ResumeAsync(new ResumeRequest(bookmark.Id, WorkflowStorageHarness.Role("Director"), "Approved", $"approve-{instanceId}"), cancellationToken: Token);
        Assert.True(resumed.IsSuccess, resumed.Error?.Message);
        return (await store.GetInstanceAsync(instanceId, Token))!;
    }
}
