using System.Net;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Web.Gateway;
using Idocs.Web.Tests.Api;

namespace Idocs.Web.Tests.Gateway;

public sealed class RequestBodyLimitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_BodyAboveLimit_Returns413Problem()
    {
        await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?> { ["Uploads:MaxFileBytes"] = "1000" });
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        using var content = new ByteArrayContent(new byte[1000 + RequestBodyLimits.FormEnvelopeBytes + 1]);

        var response = await client.PostAsync("/api/v1/webhooks", content, Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.RequestEntityTooLarge, GatewayErrorCodes.RequestTooLarge);
    }

    [Fact]
    public async Task Post_BodyWithinLimit_ReachesEndpoint()
    {
        await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?> { ["Uploads:MaxFileBytes"] = "1000" });
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        using var content = new StringContent("{\"url\":\"https://10.0.0.1/\",\"events\":[\"document.signed\"]}", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/webhooks", content, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
