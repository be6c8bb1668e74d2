using Idocs.Workflows.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Storage.Workflows;

/// <summary>
/// Loads the shipped definitions from <see cref="WorkflowStorageOptions.DefinitionsPath"/> read-only
/// at start-up. A bad file is logged and skipped; a missing folder is logged and start-up goes on.
/// </summary>
public sealed class WorkflowDefinitionsHostedService(
    IServiceScopeFactory scopes, IOptions<WorkflowStorageOptions> options, ILogger<WorkflowDefinitionsHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.DefinitionsPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>().LoadAsync(path, cancellationToken);
        if (!loaded.IsSuccess)
        {
            logger.LogWarning("Shipped workflow definitions were not loaded: {Error}", loaded.Error);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
