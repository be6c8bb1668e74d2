using System.Diagnostics;
using System.Globalization;
using Idocs.Documents.Routes;
using Idocs.Documents.Search;
using Idocs.Documents.Tenancy;
using Idocs.Storage;
using Idocs.Storage.Documents;
using Idocs.Storage.Files;
using Idocs.Storage.Persistence;
using Idocs.Storage.Workflows;
using Idocs.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Idocs.Benchmarks.Documents;

/// <summary>
/// A load program rather than a BenchmarkDotNet class, because seeding a million rows per job would
/// dominate the run. It seeds documents on PostgreSQL with binary COPY. Then it times the inbox first
/// page, search with typical filters, and accepting a mass signature of 1,000 documents with RSA and
/// GOST-2015-512.
/// Needs <c>IDOCS_BENCH_POSTGRES</c> (a loopback server whose user may create databases); creates
/// and drops its own database. <c>IDOCS_BENCH_DOCUMENTS</c> sets the seeded row count (default 1,000,000).
/// Run: <c>dotnet run -c Release --project tests/Idocs.Benchmarks -- documents-load</c>.
/// </summary>
public static class DocumentsLoad
{
    public const string Command = "documents-load";

    private const string ConnectionVariable = "IDOCS_BENCH_POSTGRES";
    private const string CountVariable = "IDOCS_BENCH_DOCUMENTS";

    public static async Task<int> RunAsync()
    {
        var server = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            await Console.Error.WriteLineAsync($"Set {ConnectionVariable} to a loopback PostgreSQL connection string.");
            return 2;
        }

        var count = int.Parse(Environment.GetEnvironmentVariable(CountVariable) ?? "1000000", CultureInfo.InvariantCulture);
        var databaseName = $"idocs_bench_docs_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {databaseName}");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = databaseName, CommandTimeout = 600 }.ConnectionString;
        var dataDirectory = Path.Combine(Path.GetTempPath(), databaseName);
        try
        {
            await using var services = BuildServices(database, dataDirectory);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            Console.WriteLine($"Machine: {Environment.MachineName}, {Environment.ProcessorCount} logical cores, {Environment.OSVersion}");
            var seeding = Stopwatch.StartNew();
            var profiles = await DocumentSeeder.CopyAsync(database, count);
            Console.WriteLine($"Seeded {count:N0} documents with COPY in {seeding.Elapsed.TotalSeconds:F1} s (largest profile {profiles.LargestCount:N0}).");

            var employee = Guid.NewGuid();
            var routes = Stopwatch.StartNew();
            await DocumentSeeder.StartRoutesAsync(services, profiles.Largest, employee, 200);
            Console.WriteLine($"Started 400 routes (200 waiting for the measured employee) in {routes.Elapsed.TotalSeconds:F1} s.");
            await ExecuteAsync(database, "VACUUM ANALYZE");

            await MeasureQueriesAsync(services, profiles.Largest, employee);
            await MassSignature.RunAsync(services, "RSA-2048", "KEY_INDIVIDUAL_VALID_SIGN_2004.p12", "Qwerty12", 1000);
            await MassSignature.RunAsync(services, "GOST-2015-512", "KEY_INDIVIDUAL_VALID_2015.p12", "Aa123456", 1000);
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static async Task MeasureQueriesAsync(IServiceProvider services, Guid profileId, Guid employee)
    {
        await MeasureAsync("inbox, first page of 50", services, profileId, async provider =>
            (await provider.GetRequiredService<IInboxQuery>().ListAsync(new InboxQuery(employee), CancellationToken.None)).Value!.Items.Count);

        var searches = new (string Name, DocumentSearchQuery Query)[]
        {
            ("search: all, first page", new DocumentSearchQuery()),
            ("search: outgoing section", new DocumentSearchQuery { Section = DocumentSection.Outgoing }),
            ("search: new incoming section", new DocumentSearchQuery { Section = DocumentSection.NewIncoming }),
            ("search: status signed by all", new DocumentSearchQuery { Status = Idocs.Documents.Statuses.DocumentStatus.SignedByAllParties }),
            ("search: counterparty BIN", new DocumentSearchQuery { Counterparty = DocumentSeeder.Bin(17) }),
            ("search: counterparty name text", new DocumentSearchQuery { Counterparty = "партнёр 17" }),
            ("search: title text", new DocumentSearchQuery { TitleText = "аренды склада" }),
            ("search: rare title text (no match)", new DocumentSearchQuery { TitleText = "zzzz-no-such-title" }),
            ("search: one month and amount >= 900,000", new DocumentSearchQuery { DateFrom = new DateOnly(2026, 3, 1), DateTo = new DateOnly(2026, 3, 31), AmountFrom = 900_000m }),
            ("search: number exact", new DocumentSearchQuery { Number = "OUT-000123" }),
        };

        foreach (var (name, query) in searches)
        {
            await MeasureAsync(name, services, profileId, async provider =>
                (await provider.GetRequiredService<IDocumentSearch>().SearchAsync(query, CancellationToken.None)).Value!.Items.Count);
        }

        string? token;
        await using (var scope = Scope(services, profileId))
        {
            var first = await scope.ServiceProvider.GetRequiredService<IDocumentSearch>().SearchAsync(new DocumentSearchQuery { Section = DocumentSection.Outgoing }, CancellationToken.None);
            token = first.Value!.ContinuationToken;
        }

        await MeasureAsync("search: outgoing section, second page", services, profileId, async provider =>
            (await provider.GetRequiredService<IDocumentSearch>().SearchAsync(new DocumentSearchQuery { Section = DocumentSection.Outgoing, ContinuationToken = token }, CancellationToken.None)).Value!.Items.Count);
    }

    /// <summary>Runs the query 3 times to warm up, then 30 times, each in a fresh request scope, and prints median and 95th percentile.</summary>
    private static async Task MeasureAsync(string name, IServiceProvider services, Guid profileId, Func<IServiceProvider, Task<int>> query)
    {
        const int Warmup = 3;
        const int Runs = 30;
        var times = new List<double>();
        var rows = 0;
        for (var run = 0; run < Warmup + Runs; run++)
        {
            await using var scope = Scope(services, profileId);
            var watch = Stopwatch.StartNew();
            rows = await query(scope.ServiceProvider);
            watch.Stop();
            if (run >= Warmup)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"| {name} | {rows} | {times[Runs / 2]:F1} | {times[(int)(Runs * 0.95)]:F1} |");
    }

    internal static AsyncServiceScope Scope(IServiceProvider services, Guid profileId)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(profileId);
        return scope;
    }

    private static ServiceProvider BuildServices(string database, string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["Storage:ConnectionString"] = database,
            ["Storage:MigrateOnStartup"] = "false",
            ["Storage:DataDirectory"] = dataDirectory,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdocsStorage(configuration);
        services.AddWorkflowEngine();
        services.AddIdocsWorkflowStorage(configuration);
        services.AddIdocsFileStore(configuration);
        services.AddIdocsDocumentsStorage();
        return services.BuildServiceProvider();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
