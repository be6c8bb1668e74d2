using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;

namespace Idocs.Storage.Files;

public static class FileStoreServiceCollectionExtensions
{
    /// <summary>The folder of the file store under <see cref="StorageOptions.DataDirectory"/>.</summary>
    public const string FilesFolderName = "files";

    /// <summary>
    /// Registers the <see cref="IFileStore"/> named by <c>Storage:FileStore</c>: a folder under
    /// <c>&lt;DataDirectory&gt;/files</c> (default) or MongoDB GridFS at <c>Storage:MongoConnectionString</c>.
    /// Throws at start-up when the settings cannot work, naming the setting to fix.
    /// </summary>
    public static IServiceCollection AddIdocsFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (options.MaxFileBytes <= 0)
        {
            throw new InvalidOperationException(
                $"Storage:MaxFileBytes is {options.MaxFileBytes}; set it to the largest file size to accept, in bytes (default 52428800).");
        }

        if (options.FileStore == FileStoreKind.GridFs)
        {
            var url = ParseMongoUrl(options.MongoConnectionString);
            services.AddSingleton<IMongoClient>(_ => new MongoClient(url));
            services.AddSingleton<IFileStore>(provider => new GridFsFileStore(
                provider.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName),
                options.MaxFileBytes,
                provider.GetRequiredService<ILogger<GridFsFileStore>>()));
            return services;
        }

        var folder = Path.Combine(Path.GetFullPath(options.DataDirectory), FilesFolderName);
        services.AddSingleton<IFileStore>(provider => new FolderFileStore(
            folder, options.MaxFileBytes, provider.GetRequiredService<ILogger<FolderFileStore>>()));
        return services;
    }

    private static MongoUrl ParseMongoUrl(string? connectionString)
    {
        const string Example = "for example mongodb://127.0.0.1:27017/idocs";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Storage:FileStore is GridFs but Storage:MongoConnectionString is empty; set it to a MongoDB URL with the database name, {Example}, or set Storage:FileStore to Folder.");
        }

        MongoUrl url;
        try
        {
            url = MongoUrl.Create(connectionString);
        }
        catch (MongoConfigurationException exception)
        {
            throw new InvalidOperationException(
                $"Storage:MongoConnectionString is not a valid MongoDB URL ({exception.Message}); use the form {Example}.", exception);
        }

        if (string.IsNullOrEmpty(url.DatabaseName))
        {
            throw new InvalidOperationException(
                $"Storage:MongoConnectionString names no database; add it after the host, {Example}.");
        }

        return url;
    }
}
