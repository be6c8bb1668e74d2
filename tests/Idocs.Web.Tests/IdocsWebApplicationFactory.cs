using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Idocs.Web.Tests;

/// <summary>
/// Starts the web host in process on its embedded defaults (SQLite and a folder file store) in a
/// fresh temporary data folder, with extra settings laid over them. The folder is deleted on dispose.
/// </summary>
public sealed class IdocsWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public IdocsWebApplicationFactory(IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "idocs-web-" + Guid.NewGuid().ToString("N"));
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataDirectory { get; }

    public string FilesDirectory => Path.Combine(DataDirectory, "files");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
