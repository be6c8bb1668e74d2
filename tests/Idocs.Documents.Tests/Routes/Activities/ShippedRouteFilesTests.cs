using Idocs.Common.Results;
using Idocs.Documents.Routes.Activities;
using Idocs.Workflows;
using Idocs.Workflows.Loading;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Documents.Tests.Routes.Activities;

public sealed class ShippedRouteFilesTests
{
    [Fact]
    public async Task LoadAsync_EveryShippedFile_IsLoaded()
    {
        await using var provider = BuildEngine();
        await using var scope = provider.CreateAsyncScope();
        var folder = ShippedWorkflows.Folder;
        var expected = Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var loaded = await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>().LoadAsync(folder, TestContext.Current.CancellationToken);

        Assert.True(loaded.IsSuccess);
        Assert.Equal(expected, loaded.Value!.Select(file => file.FileName));
        Assert.All(loaded.Value, file => Assert.Null(file.Error));
    }

    [Theory]
    [InlineData("outgoing-two-stage.json")]
    [InlineData("outgoing-amount-condition.json")]
    [InlineData("outgoing-package.json")]
    public async Task LoadAsync_OutgoingRoute_UsesDocumentActivities(string fileName)
    {
        await using var provider = BuildEngine();
        await using var scope = provider.CreateAsyncScope();

        var loaded = await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>().LoadAsync(ShippedWorkflows.Folder, TestContext.Current.CancellationToken);

        Assert.True(loaded.IsSuccess);
        var definition = loaded.Value!.Single(file => file.FileName == fileName).Definition;
        Assert.NotNull(definition);
        Assert.Contains(definition.Activities, activity => activity.Type == DispatchActivity.TypeName);
        Assert.Contains(definition.Activities, activity => activity.Type == AwaitCounterpartyActivity.TypeName);
    }

    private static ServiceProvider BuildEngine()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowEngine();
        services.AddInMemoryWorkflowStores();
        services.AddDocumentRouteActivities();
        services.AddSingleton<INotificationSink, DiscardingNotificationSink>();
        return services.BuildServiceProvider();
    }

    private sealed class DiscardingNotificationSink : INotificationSink
    {
        public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
            Task.FromResult(Result.Success());
    }
}
