using Idocs.Workflows.Activities;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Tests;

public class WorkflowServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddWorkflowEngine_WithModuleActivities_RunsRoute()
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory, NullLoggerFactory>()
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton<INotificationSink, RecordingNotificationSink>()
            .AddSingleton<IActivity, StubDispatchActivity>()
            .AddWorkflowEngine()
            .AddInMemoryWorkflowStores();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        var token = TestContext.Current.CancellationToken;
        await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().AddAsync(RouteDefinitions.SingleApproval(), token);

        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var started = await engine.StartAsync(new StartRequest("single-approval", EngineHost.Starter), cancellationToken: token);

        Assert.True(started.IsSuccess, started.Error?.Message);
        Assert.NotNull(provider.GetRequiredService<ActivityRegistry>().Find(StubDispatchActivity.TypeName));
        Assert.NotNull(provider.GetRequiredService<ActivityRegistry>().Find("Approve"));
    }
}
