using System.Net;

namespace Idocs.Web.Tests.Verification;

public sealed class VerificationRateLimitTests(VerificationRateLimitTests.LimitedHost host) : IClassFixture<VerificationRateLimitTests.LimitedHost>
{
    private const int PermitLimit = 3;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PageAndApi_AfterLimit_Return429()
    {
        using var client = host.Factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var request = 0; request < PermitLimit; request++)
        {
            var path = request % 2 == 0 ? $"/verify/{host.VerificationId}" : $"/api/v1/verify/{host.VerificationId}";
            statuses.Add((await client.GetAsync(path, Token)).StatusCode);
        }

        var page = await client.GetAsync($"/verify/{host.VerificationId}", Token);
        var api = await client.GetAsync($"/api/v1/verify/{host.VerificationId}", Token);
        var home = await client.GetAsync("/", Token);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.True(page.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    /// <summary>A host whose verification limit is <see cref="PermitLimit"/> requests per window.</summary>
    public sealed class LimitedHost() : IAsyncLifetime
    {
        private readonly VerificationHost _inner = new(PermitLimit);

        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory => _inner.Factory;

        public string VerificationId => _inner.VerificationId;

        public ValueTask InitializeAsync() => _inner.InitializeAsync();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }
}
