using System.Net;
using System.Net.Sockets;

namespace Idocs.Web.Tests.Health;

public sealed class HealthEndpointsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_RunningHost_Returns200()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_SqliteInTemporaryFolder_Returns200()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_EmbeddedDefaults_CreatesDatabaseAndFilesFolder()
    {
        await using var factory = new IdocsWebApplicationFactory();

        using var client = factory.CreateClient();

        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "idocs.db")));
        Assert.True(Directory.Exists(factory.FilesDirectory));
    }

    [Fact]
    public async Task Ready_FileStoreFolderUnwritable_Returns503()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();
        // A regular file where the folder should be blocks writes even for root, which ignores
        // permission bits.
        Directory.Delete(factory.FilesDirectory, recursive: true);
        await File.WriteAllTextAsync(factory.FilesDirectory, "not a folder", Token);

        var response = await client.GetAsync("/health/ready", Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"file-store\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    /// <summary>
    /// The clustered scheduler checks its tables when the host starts, so a PostgreSQL server that
    /// is down at start-up stops the host instead of leaving it serving without a database. The
    /// database check of a running host is covered by the SQLite case below.
    /// </summary>
    [Fact]
    public async Task Start_PostgreSqlUnreachable_FailsToStart()
    {
        var closedPort = FindClosedLoopbackPort();
        await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={closedPort};Username=idocs;Timeout=2",
            ["Storage:MigrateOnStartup"] = "false",
        });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
    }

    [Fact]
    public async Task Ready_SqliteFileMissing_Returns503()
    {
        // Mode=ReadWrite opens an existing file only, so a missing file stands for a lost database.
        var missingFile = Path.Combine(Path.GetTempPath(), "idocs-missing-" + Guid.NewGuid().ToString("N"), "idocs.db");
        await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={missingFile};Mode=ReadWrite",
            ["Storage:MigrateOnStartup"] = "false",
        });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready", Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"database\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_Response_OmitsCheckDescriptions()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();
        Directory.Delete(factory.FilesDirectory, recursive: true);
        await File.WriteAllTextAsync(factory.FilesDirectory, "not a folder", Token);

        var response = await client.GetAsync("/health/ready", Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.DoesNotContain(factory.DataDirectory, body, StringComparison.Ordinal);
    }

    /// <summary>Returns a loopback port that nothing listens on at the time of the call.</summary>
    private static int FindClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
