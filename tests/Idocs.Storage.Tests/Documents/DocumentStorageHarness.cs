using Idocs.Documents.Tenancy;
using Idocs.Storage.Documents;
using Idocs.Storage.Files;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Documents;

/// <summary>
/// The documents storage over one test database, with the route engine and a folder file store
/// under a temporary folder. Each <see cref="Scope"/> is one request acting in one profile.
/// </summary>
internal sealed class DocumentStorageHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"idocs-docstore-{Guid.NewGuid():N}");

    public DocumentStorageHarness(StorageDatabaseFixture database)
    {
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = _dataDirectory };
        var configuration = database.CreateConfiguration(settings);
        _services = database.CreateServices(
            services =>
            {
                services.AddWorkflowEngine();
                services.AddIdocsWorkflowStorage(configuration);
                services.AddIdocsFileStore(configuration);
                services.AddIdocsDocumentsStorage();
            },
            settings);
    }

    public IServiceProvider Services => _services;

    /// <summary>Opens a request scope whose tenant is <paramref name="profileId"/>, or no profile when null.</summary>
    public AsyncServiceScope Scope(Guid? profileId)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(profileId);
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
