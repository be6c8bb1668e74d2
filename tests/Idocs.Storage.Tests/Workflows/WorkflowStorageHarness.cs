using Idocs.Common.Results;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Workflows;

/// <summary>The engine over the EF workflow stores of one test database; each command runs in a scope of its own.</summary>
internal sealed class WorkflowStorageHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public WorkflowStorageHarness(StorageDatabaseFixture database)
    {
        var configuration = database.CreateConfiguration();
        _services = database.CreateServices(services =>
        {
            services.AddWorkflowEngine();
            services.AddIdocsWorkflowStorage(configuration);
        });
        _scope = _services.CreateAsyncScope();
    }

    public EntityFrameworkWorkflowStore Store => _scope.ServiceProvider.GetRequiredService<EntityFrameworkWorkflowStore>();

    public IServiceProvider Services => _services;

    public static Actor Role(string role) => Actor.User($"user-{role}", roles: [role]);

    public async Task AddDefinitionAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().AddAsync(definition, cancellationToken);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Error.Message);
    }

    public async Task<WorkflowInstance> StartAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>()
            .StartAsync(new StartRequest(definitionId, Actor.User("initiator")), cancellationToken: cancellationToken);
        return started.IsSuccess ? started.Value : throw new InvalidOperationException(started.Error.Message);
    }

    public async Task<Result<ResumeOutcome>> ResumeAsync(Guid bookmarkId, Actor actor, string decision, string key, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowResumer>()
            .ResumeAsync(new ResumeRequest(bookmarkId, actor, decision, key), cancellationToken: cancellationToken);
    }

    public async Task<Bookmark> OpenBookmarkAsync(Guid instanceId, string activityId, CancellationToken cancellationToken)
    {
        var instance = await Store.GetInstanceAsync(instanceId, cancellationToken);
        return Assert.Single(instance!.OpenBookmarks, bookmark => bookmark.ActivityId == activityId);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
