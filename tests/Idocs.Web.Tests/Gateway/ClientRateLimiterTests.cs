using System.Net;
using Idocs.Documents.Integrations.ApiTokens;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Gateway;

/// <summary>
/// Runs the host on Kestrel at a loopback port, so every request has a real client address, and
/// sends 1,000 requests as fast as the client allows.
/// </summary>
public sealed class ClientRateLimiterTests
{
    private const int Limit = 100;
    private const int Requests = 1000;
    private const string Path = "/api/v1/api-tokens/current";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_SpoofedForwardedFor_LimitedPerAddress()
    {
        await using var factory = StartOnKestrel(new()
        {
            ["Gateway:PerAddress:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:PerAddress:Window"] = "00:01:00",
        });
        using var client = new HttpClient { BaseAddress = BaseAddress(factory) };

        var responses = await SendAllAsync(client, index => $"198.51.100.{index % 250}");

        TestContext.Current.SendDiagnosticMessage(string.Join(", ", responses.GroupBy(response => response.StatusCode).Select(group => $"{group.Key}={group.Count()}")));
        Assert.Equal(Limit, responses.Count(response => response.StatusCode != HttpStatusCode.TooManyRequests));
        Assert.Equal(Requests - Limit, responses.Count(response => response.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.All(
            responses.Where(response => response.StatusCode == HttpStatusCode.TooManyRequests),
            response => Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 429 must carry Retry-After in seconds."));
    }

    [Fact]
    public async Task Requests_ViaTrustedProxy_LimitedPerClient()
    {
        await using var factory = StartOnKestrel(new()
        {
            ["Gateway:PerAddress:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:PerAddress:Window"] = "00:01:00",
            ["Gateway:TrustedProxies:0"] = "127.0.0.1",
        });
        using var client = new HttpClient { BaseAddress = BaseAddress(factory) };

        var responses = await SendAllAsync(client, index => $"198.51.{index / 250}.{index % 250}");

        Assert.DoesNotContain(responses, response => response.StatusCode == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Requests_OneTokenManyClients_LimitedPerToken()
    {
        await using var factory = StartOnKestrel(new()
        {
            ["Gateway:PerAddress:PermitLimit"] = "10000",
            ["Gateway:PerToken:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:PerToken:Window"] = "00:01:00",
            ["Gateway:TrustedProxies:0"] = "127.0.0.1",
        });
        var issued = await Api.ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.DocumentsRead);
        using var client = new HttpClient { BaseAddress = BaseAddress(factory) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued.Secret);

        var responses = await SendAllAsync(client, index => $"198.51.{index / 250}.{index % 250}");

        TestContext.Current.SendDiagnosticMessage(string.Join(", ", responses.GroupBy(response => response.StatusCode).Select(group => $"{group.Key}={group.Count()}")));
        Assert.Equal(Limit, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.Equal(Requests - Limit, responses.Count(response => response.StatusCode == HttpStatusCode.TooManyRequests));
    }

    private static IdocsWebApplicationFactory StartOnKestrel(Dictionary<string, string?> settings)
    {
        var factory = new IdocsWebApplicationFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static Uri BaseAddress(IdocsWebApplicationFactory factory)
    {
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage[]> SendAllAsync(HttpClient client, Func<int, string> forwardedFor)
    {
        var started = DateTimeOffset.UtcNow;
        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async index =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Path);
            request.Headers.Add("X-Forwarded-For", forwardedFor(index));
            return await client.SendAsync(request, Token);
        }));
        TestContext.Current.SendDiagnosticMessage($"{Requests} requests took {(DateTimeOffset.UtcNow - started).TotalMilliseconds:0} ms.");
        return responses;
    }
}
