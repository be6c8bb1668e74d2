using System.Net;
using System.Net.Http.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Web.Api.Tokens;
using Idocs.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api.Tokens;

public sealed class ApiTokenAuthenticationTests
{
    private const string CurrentToken = "/api/v1/api-tokens/current";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Current_ValidToken_ReturnsTokenCompanyAndScopes()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var profileId = Guid.NewGuid();
        var issued = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.DocumentsRead, ApiScopes.DocumentsWrite);
        using var client = factory.CreateClient().Authorize(issued.Secret);

        var current = await client.GetFromJsonAsync<CurrentTokenView>(CurrentToken, Token);

        Assert.Equal(issued.Token.Id, current!.TokenId);
        Assert.Equal(profileId, current.ProfileId);
        Assert.Equal([ApiScopes.DocumentsRead, ApiScopes.DocumentsWrite], current.Scopes);
    }

    [Fact]
    public async Task Current_NoCredentials_Returns401Problem()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(CurrentToken, Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, SecurityErrorCodes.NotAuthenticated);
    }

    [Fact]
    public async Task Current_UnknownToken_Returns401Problem()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient().Authorize(ApiTokenSecret.Create());

        var response = await client.GetAsync(CurrentToken, Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, ApiTokenErrorCodes.Unknown);
    }

    [Fact]
    public async Task Current_RevokedToken_Returns401Revoked()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var profileId = Guid.NewGuid();
        var issued = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.DocumentsRead);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CurrentToken, Token)).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var revoked = await scope.ServiceProvider.GetRequiredService<RevokeApiToken>().ExecuteAsync(profileId, Guid.NewGuid(), issued.Token.Id, Token);
            Assert.True(revoked.IsSuccess);
        }

        var response = await client.GetAsync(CurrentToken, Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, ApiTokenErrorCodes.Revoked);
    }

    [Fact]
    public async Task Revoke_OtherCompanysToken_ReturnsNotFound()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.DocumentsRead);
        await using var scope = factory.Services.CreateAsyncScope();

        var revoked = await scope.ServiceProvider.GetRequiredService<RevokeApiToken>().ExecuteAsync(Guid.NewGuid(), Guid.NewGuid(), issued.Token.Id, Token);

        Assert.Equal(ApiTokenErrorCodes.NotFound, revoked.Error?.Code);
    }

    [Fact]
    public async Task Current_ExpiredToken_Returns401Expired()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), TimeSpan.FromSeconds(1), ApiScopes.DocumentsRead);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Token);

        var response = await client.GetAsync(CurrentToken, Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, ApiTokenErrorCodes.Expired);
    }

    [Fact]
    public async Task Webhooks_TokenWithoutScope_Returns403ScopeMissing()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.DocumentsRead);
        using var client = factory.CreateClient().Authorize(issued.Secret);

        var response = await client.GetAsync("/api/v1/webhooks", Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, ApiTokenErrorCodes.ScopeMissing);
    }

    [Fact]
    public async Task Calls_WithToken_AreAuditedWithRouteTemplateAndStatus()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var profileId = Guid.NewGuid();
        var issued = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.DocumentsRead);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        await client.GetAsync(CurrentToken, Token);
        await client.DeleteAsync($"/api/v1/webhooks/{Guid.NewGuid()}", Token);

        await using var scope = factory.Services.CreateAsyncScope();
        var calls = await scope.ServiceProvider.GetRequiredService<IApiTokenStore>().ListCallsAsync(profileId, issued.Token.Id, 10, Token);

        Assert.Equal(2, calls.Count);
        Assert.Equal(("DELETE", "/api/v1/webhooks/{webhookId:guid}", 403), (calls[0].Method, calls[0].RouteTemplate, calls[0].StatusCode));
        Assert.Equal(("GET", "/api/v1/api-tokens/current", 200), (calls[1].Method, calls[1].RouteTemplate, calls[1].StatusCode));
    }
}
