extern alias web;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Idocs.Benchmarks.Api;

/// <summary>
/// A load generator on loopback: starts the web host on Kestrel over a PostgreSQL database of its
/// own, then drives token-authenticated API calls from concurrent clients and prints latency
/// percentiles and throughput. The webhook scenarios run for a fixed time. The document scenarios
/// (listing documents, approving a route step) run bounded loops over documents uploaded through
/// the API first, because each approval consumes its document. Every call passes the gateway,
/// token authentication, the call audit and, for POST, the idempotency filter, so the numbers
/// include that cost. Needs <c>IDOCS_BENCH_POSTGRES</c> (a loopback server whose user may create
/// databases). Run: <c>dotnet run -c Release --project tests/Idocs.Benchmarks -- api-load [seconds] [clients] [documents]</c>.
/// </summary>
public static class ApiLoadRun
{
    public const string ConnectionVariable = "IDOCS_BENCH_POSTGRES";
    private const int SeededWebhooks = 20;
    private const int ListPageSize = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var server = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            await Console.Error.WriteLineAsync($"Set {ConnectionVariable} to a loopback PostgreSQL connection string, for example Host=127.0.0.1;Port=5432;Username=postgres.");
            return 2;
        }

        var duration = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10);
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var documents = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        var databaseName = $"idocs_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {databaseName}");
        try
        {
            // The host's content root is its build output, as when it runs on its own. The factory reads
            // this variable before its own content root search, because that search fails for a console app.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_IDOCS_WEB", AppContext.BaseDirectory);
            var database = new NpgsqlConnectionStringBuilder(server) { Database = databaseName, MaxPoolSize = 64 }.ConnectionString;
            await using var factory = new WebApplicationFactory<web::Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Storage:Provider", "PostgreSql");
                builder.UseSetting("Storage:ConnectionString", database);
                builder.UseSetting("Storage:DataDirectory", Path.Combine(Path.GetTempPath(), databaseName));
                builder.UseSetting("Gateway:RateLimitingEnabled", "false");
                builder.UseSetting("Logging:LogLevel:Default", "Warning");

                // Status changes queue webhook deliveries to the seeded example.kz addresses. The
                // outbox rows are written with each action, which is measured, but never sent.
                builder.UseSetting("Outbox:Enabled", "false");
                builder.UseEnvironment("Production");
                builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            });
            factory.UseKestrel(0);
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient
            {
                BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)),
                Timeout = TimeSpan.FromMinutes(2),
            };
            var (secret, directorEmployeeId) = await OneCLoad.SeedCompanyAsync(factory.Services);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            for (var index = 0; index < SeededWebhooks; index++)
            {
                using var seeded = await client.PostAsJsonAsync("/api/v1/webhooks", Register(index));
                seeded.EnsureSuccessStatusCode();
            }

            // Documents to list, and documents waiting for approval: a warm-up batch and the measured ones.
            var preparing = Stopwatch.GetTimestamp();
            await OneCLoad.UploadAsync(client, "list", documents);
            var approvals = await OneCLoad.UploadAsync(client, "approve", WarmUpRequests(clients) + documents);
            await OneCLoad.StartApprovalRoutesAsync(client, approvals, directorEmployeeId);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Prepared {documents} documents to list and {approvals.Count} routes waiting for approval through the API in {Stopwatch.GetElapsedTime(preparing).TotalSeconds:0} s."));

            Console.WriteLine($"Loopback load: {clients} clients, {duration.TotalSeconds:0} s per timed scenario, {documents} requests per bounded scenario, PostgreSQL at {new NpgsqlConnectionStringBuilder(server).Host}:{new NpgsqlConnectionStringBuilder(server).Port}, {Environment.ProcessorCount} cores.");
            Console.WriteLine("| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            await MeasureBoundedAsync(
                $"GET /api/v1/onec/status-changes?limit={ListPageSize} ({documents} documents)",
                client,
                clients,
                documents,
                _ => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/onec/status-changes?limit={ListPageSize}"));
            await MeasureBoundedAsync(
                "POST /api/v1/onec/documents/{oneCId}/approve (route step)",
                client,
                clients,
                documents,
                index => OneCLoad.Approve(approvals[(int)index]));
            await MeasureAsync($"GET /api/v1/webhooks ({SeededWebhooks} rows)", client, clients, duration, _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/webhooks"));
            await MeasureAsync("POST /api/v1/webhooks, new Idempotency-Key", client, clients, duration, sequence => Post(sequence, Guid.NewGuid().ToString("D")));
            await MeasureAsync("POST /api/v1/webhooks, replayed Idempotency-Key", client, clients, duration, _ => Post(0, "replayed-key"));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
        }
    }

    private static async Task MeasureAsync(string scenario, HttpClient client, int clients, TimeSpan duration, Func<long, HttpRequestMessage> createRequest)
    {
        // One short warm-up run fills the connection pools and the JIT before the measured run.
        await RunClientsAsync(client, clients, TimeSpan.FromSeconds(2), createRequest);
        var started = Stopwatch.GetTimestamp();
        var results = await RunClientsAsync(client, clients, duration, createRequest);
        Report(scenario, results, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Sends requests 0 to <c>warm-up + total - 1</c> from the clients, each number once: the first
    /// <see cref="WarmUpRequests"/> unmeasured, the rest measured.
    /// </summary>
    private static async Task MeasureBoundedAsync(string scenario, HttpClient client, int clients, int total, Func<long, HttpRequestMessage> createRequest)
    {
        var warmUp = WarmUpRequests(clients);
        await RunBoundedAsync(client, clients, 0, warmUp, createRequest);
        var started = Stopwatch.GetTimestamp();
        var results = await RunBoundedAsync(client, clients, warmUp, warmUp + total, createRequest);
        Report(scenario, results, Stopwatch.GetElapsedTime(started));
    }

    private static int WarmUpRequests(int clients) => 2 * clients;

    private static void Report(string scenario, ClientResult[] results, TimeSpan elapsed)
    {
        var latencies = results.SelectMany(result => result.Latencies).Order().ToArray();
        var errors = results.Sum(result => result.Errors);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {scenario} | {latencies.Length} | {errors} | {latencies.Length / elapsed.TotalSeconds:0.0} | {Percentile(latencies, 0.50):0.0} | {Percentile(latencies, 0.95):0.0} | {Percentile(latencies, 0.99):0.0} | {latencies[^1]:0.0} |"));
    }

    private static async Task<ClientResult[]> RunBoundedAsync(HttpClient client, int clients, long first, long end, Func<long, HttpRequestMessage> createRequest)
    {
        var sequence = first - 1;
        return await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var result = new ClientResult();
            long index;
            while ((index = Interlocked.Increment(ref sequence)) < end)
            {
                await SendMeasuredAsync(client, createRequest(index), result);
            }

            return result;
        }));
    }

    private static async Task SendMeasuredAsync(HttpClient client, HttpRequestMessage request, ClientResult result)
    {
        using (request)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            result.Latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                result.Errors++;
            }
        }
    }

    private static async Task<ClientResult[]> RunClientsAsync(HttpClient client, int clients, TimeSpan duration, Func<long, HttpRequestMessage> createRequest)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long sequence = 0;
        return await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var result = new ClientResult();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                await SendMeasuredAsync(client, createRequest(Interlocked.Increment(ref sequence)), result);
            }

            return result;
        }));
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static HttpRequestMessage Post(long sequence, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks") { Content = JsonContent.Create(Register(sequence)) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static object Register(long sequence) =>
        new { url = $"https://erp.example.kz/hooks/{sequence}", events = new[] { "document.status_changed" } };

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class ClientResult
    {
        public List<double> Latencies { get; } = [];

        public int Errors { get; set; }
    }
}
