using Idocs.Storage;
using Idocs.Storage.Files;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Startup;

public static class StorageStartup
{
    /// <summary>
    /// Checks the file store, which also creates its folder. Migrations run earlier, in the
    /// storage start-up service. A file store that cannot be written is logged and reported by
    /// <c>/health/ready</c> rather than stopping the host, so an operator can see why.
    /// </summary>
    public static async Task InitializeStorageAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageStartup));
        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        var fileStore = app.Services.GetRequiredService<IFileStore>();
        var health = await fileStore.CheckHealthAsync(cancellationToken);
        if (health.IsSuccess)
        {
            logger.LogInformation("File store {FileStoreKind} is ready", options.FileStore);
        }
        else
        {
            logger.LogError("File store {FileStoreKind} is not ready: {FileStoreError}", options.FileStore, health.Error.Message);
        }
    }
}
