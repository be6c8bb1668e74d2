using System.Net;
using System.Net.Http.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Persistence;
using Idocs.Web.Api.Idempotency;
using Idocs.Web.Api.Webhooks;
using Idocs.Web.Tests.Api.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Idocs.Web.Tests.Api;

/// <summary>
/// The integration path on PostgreSQL: token, idempotent registration under concurrency, a signed
/// webhook delivery and the audit. Skipped unless <c>IDOCS_TEST_POSTGRES</c> names a server.
/// </summary>
public sealed class IntegrationsPostgreSqlTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Integration_PostgreSql_DeliversOnceAndAudits()
    {
        var server = Environment.GetEnvironmentVariable("IDOCS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip("IDOCS_TEST_POSTGRES is not set; set it to a PostgreSQL connection string such as Host=127.0.0.1;Port=5432;Username=postgres to run this test.");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = "idocs_api_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        try
        {
            await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0);
            await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSql",
                ["Storage:ConnectionString"] = connectionString,
                ["Webhooks:AllowLoopback"] = "true",
                ["Outbox:PollInterval"] = "00:00:00.100",
            });
            var profileId = Guid.NewGuid();
            var issued = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.WebhooksManage);
            using var client = factory.CreateClient().Authorize(issued.Secret);
            var body = new WebhookRequest(receiver.Url.AbsoluteUri, [WebhookEvents.StatusChanged]);

            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(client, body)));
            var created = responses.First(response => response.StatusCode == HttpStatusCode.Created);
            receiver.Secret = (await created.Content.ReadFromJsonAsync<WebhookView>(Token))!.Secret!;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IWebhookPublisher>().PublishAsync(profileId, WebhookEvents.StatusChanged, new { status = "OnSigning" }, Token);
                await scope.ServiceProvider.GetRequiredService<IdocsDbContext>().SaveChangesAsync(Token);
            }

            var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
            while (receiver.VerifiedBodies.IsEmpty && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(50, Token);
            }

            Assert.All(responses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
            Assert.Single((await client.GetFromJsonAsync<List<WebhookView>>("/api/v1/webhooks", Token))!);
            Assert.Single(receiver.VerifiedBodies);
            Assert.Equal(0, receiver.BadSignatures);
            await using var auditScope = factory.Services.CreateAsyncScope();
            var calls = await auditScope.ServiceProvider.GetRequiredService<IApiTokenStore>().ListCallsAsync(profileId, issued.Token.Id, 100, Token);
            Assert.Equal(9, calls.Count);
        }
        finally
        {
            await DropDatabaseAsync(server, connectionString);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, WebhookRequest body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks") { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyFilter.HeaderName, "one-key");
        return await client.SendAsync(request, Token);
    }

    private static async Task DropDatabaseAsync(string server, string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
