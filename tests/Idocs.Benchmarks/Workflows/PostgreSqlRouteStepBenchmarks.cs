using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Idocs.Storage;
using Idocs.Storage.Persistence;
using Idocs.Storage.Workflows;
using Idocs.Workflows;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Idocs.Benchmarks.Workflows;

/// <summary>
/// Route steps per second on PostgreSQL through the EF workflow store: one resume per transaction
/// on 1 and 8 connections, 100 resumes per transaction (a mass action), and a bare transaction of
/// six statements on the same server as the yardstick. Each operation is one approval step.
/// Needs <c>IDOCS_BENCH_POSTGRES</c>, a connection string of a loopback server whose user may
/// create databases; the benchmark creates and drops a database of its own.
/// Run: <c>dotnet run -c Release --project tests/Idocs.Benchmarks -- --filter *PostgreSqlRouteStep*</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class PostgreSqlRouteStepBenchmarks
{
    public const string ConnectionVariable = "IDOCS_BENCH_POSTGRES";

    private const int StepsPerInvoke = 800;
    private const int BatchSize = 100;
    private static readonly Actor Director = Actor.User("director", roles: ["Director"]);

    private readonly List<Guid> _bookmarks = [];
    private string _serverConnection = null!;
    private string _databaseConnection = null!;
    private string _databaseName = null!;
    private ServiceProvider _services = null!;

    [Params(1, 8)]
    public int Connections { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _serverConnection = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"Set {ConnectionVariable} to a loopback PostgreSQL connection string.");
        _databaseName = $"idocs_bench_{Guid.NewGuid():N}";
        Execute(_serverConnection, $"CREATE DATABASE {_databaseName}");
        _databaseConnection = new NpgsqlConnectionStringBuilder(_serverConnection) { Database = _databaseName, MaxPoolSize = 32 }.ConnectionString;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["Storage:ConnectionString"] = _databaseConnection,
            ["Storage:MigrateOnStartup"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdocsStorage(configuration);
        services.AddWorkflowEngine();
        services.AddIdocsWorkflowStorage(configuration);
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().AddAsync(ApprovalRoute(), CancellationToken.None).GetAwaiter().GetResult();
        Execute(_databaseConnection, "CREATE TABLE bench_rows (id uuid PRIMARY KEY, counter bigint NOT NULL, payload text NOT NULL)");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        NpgsqlConnection.ClearAllPools();
        Execute(_serverConnection, $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)");
    }

    [IterationSetup(Targets = [nameof(OneResumePerTransaction), nameof(HundredResumesPerTransaction)])]
    public void StartInstances()
    {
        _bookmarks.Clear();
        var started = new Guid[StepsPerInvoke];
        Parallel.For(0, StepsPerInvoke, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            using var scope = _services.CreateScope();
            var instance = scope.ServiceProvider.GetRequiredService<WorkflowEngine>()
                .StartAsync(new StartRequest("bench", Director)).GetAwaiter().GetResult();
            started[index] = instance.Value!.OpenBookmarks.Single().Id;
        });
        _bookmarks.AddRange(started);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = StepsPerInvoke)]
    public Task BareSixStatementTransaction() => RunWorkersAsync(StepsPerInvoke, async (_, worker) =>
    {
        await using var connection = new NpgsqlConnection(_databaseConnection);
        await connection.OpenAsync();
        for (var step = worker; step < StepsPerInvoke; step += Connections)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var id = Guid.NewGuid();
            await ExecuteAsync(connection, "INSERT INTO bench_rows (id, counter, payload) VALUES (@id, 0, '{}')", id);
            await ExecuteAsync(connection, "SELECT counter FROM bench_rows WHERE id = @id FOR UPDATE", id);
            await ExecuteAsync(connection, "UPDATE bench_rows SET counter = counter + 1 WHERE id = @id", id);
            await ExecuteAsync(connection, "UPDATE bench_rows SET payload = '{\"step\":1}' WHERE id = @id", id);
            await ExecuteAsync(connection, "SELECT payload FROM bench_rows WHERE id = @id", id);
            await ExecuteAsync(connection, "UPDATE bench_rows SET counter = counter + 1 WHERE id = @id AND counter = 1", id);
            await transaction.CommitAsync();
        }
    });

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public Task OneResumePerTransaction() => RunWorkersAsync(StepsPerInvoke, async (scope, worker) =>
    {
        var resumer = scope.ServiceProvider.GetRequiredService<WorkflowResumer>();
        for (var step = worker; step < _bookmarks.Count; step += Connections)
        {
            var bookmark = _bookmarks[step];
            var resumed = await resumer.ResumeAsync(new ResumeRequest(bookmark, Director, ApproveActivity.Approved, bookmark.ToString()));
            EnsureSucceeded(resumed.IsSuccess);
        }
    });

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public Task HundredResumesPerTransaction() => RunWorkersAsync(StepsPerInvoke / BatchSize, async (scope, worker) =>
    {
        var resumer = scope.ServiceProvider.GetRequiredService<WorkflowResumer>();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        for (var batch = worker; batch < StepsPerInvoke / BatchSize; batch += Connections)
        {
            await using var unitOfWork = await store.BeginAsync(CancellationToken.None);
            foreach (var bookmark in _bookmarks.Skip(batch * BatchSize).Take(BatchSize))
            {
                var resumed = await resumer.ResumeInAsync(unitOfWork, new ResumeRequest(bookmark, Director, ApproveActivity.Approved, bookmark.ToString()), CancellationToken.None);
                EnsureSucceeded(resumed.IsSuccess);
            }

            EnsureSucceeded((await unitOfWork.CommitAsync(CancellationToken.None)).IsSuccess);
        }
    });

    private async Task RunWorkersAsync(int units, Func<IServiceScope, int, Task> work)
    {
        var workers = Enumerable.Range(0, Math.Min(Connections, units)).Select(async worker =>
        {
            await using var scope = _services.CreateAsyncScope();
            await work(scope, worker);
        });
        await Task.WhenAll(workers);
    }

    private static void EnsureSucceeded(bool succeeded)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException("A benchmark step failed; the measurement would be wrong.");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Guid id)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static WorkflowDefinition ApprovalRoute() => new()
    {
        Id = "bench",
        Name = "Benchmark approval",
        State = DefinitionState.Published,
        Activities =
        [
            new ActivityDefinition { Id = "start", Type = StartActivity.TypeName },
            new ActivityDefinition
            {
                Id = "approve",
                Type = ApproveActivity.TypeName,
                Inputs = new Dictionary<string, JsonElement> { ["participants"] = JsonSerializer.SerializeToElement(new[] { new { role = "Director" } }) },
            },
            new ActivityDefinition { Id = "end", Type = EndActivity.TypeName },
        ],
        Connections =
        [
            new ConnectionDefinition("start", StartActivity.Done, "approve"),
            new ConnectionDefinition("approve", ApproveActivity.Approved, "end"),
        ],
    };
}
