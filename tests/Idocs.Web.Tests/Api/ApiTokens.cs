using System.Net.Http.Headers;
using Idocs.Documents.Integrations.ApiTokens;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api;

/// <summary>Issues tokens through the same use case the Admin endpoint calls, for tests that need a caller.</summary>
public static class ApiTokens
{
    public static async Task<IssuedApiToken> IssueAsync(IServiceProvider services, Guid profileId, TimeSpan lifetime, params string[] scopes)
    {
        await using var scope = services.CreateAsyncScope();
        var issue = scope.ServiceProvider.GetRequiredService<IssueApiToken>();
        var issued = await issue.ExecuteAsync(
            profileId,
            Guid.NewGuid(),
            new ApiTokenRequest("1C test", scopes, DateTimeOffset.UtcNow + lifetime),
            CancellationToken.None);
        Assert.True(issued.IsSuccess, issued.Error?.Message);
        return issued.Value;
    }

    public static Task<IssuedApiToken> IssueAsync(IServiceProvider services, Guid profileId, params string[] scopes) =>
        IssueAsync(services, profileId, TimeSpan.FromDays(30), scopes);

    public static HttpClient Authorize(this HttpClient client, string secret)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
