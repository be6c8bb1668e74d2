using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Idocs.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api.Reference;

public sealed partial class ApiReferenceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// Every endpoint under /api/v1 must declare its responses, its own error responses included,
    /// so that the OpenAPI document shows clients what each call can return.
    /// </summary>
    [Fact]
    public async Task Endpoints_ApiV1_DeclareResponses()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith(ApiRoutes.Prefix, StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var statuses = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(metadata => metadata.StatusCode).ToList();
            Assert.True(statuses.Any(status => status < 400), $"{endpoint.DisplayName} declares no success response.");
            Assert.True(statuses.Any(status => status >= 400), $"{endpoint.DisplayName} declares no error response.");
        }
    }

    [Fact]
    public async Task Document_ApiV1Endpoints_ListDeclaredResponses()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith(ApiRoutes.Prefix, StringComparison.Ordinal) == true)
            .ToList();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Token));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var endpoint in endpoints)
        {
            var path = RouteConstraint().Replace(endpoint.RoutePattern.RawText!, "{$1}").TrimEnd('/');
            var method = endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods.Single().ToLowerInvariant();
            Assert.True(paths.TryGetProperty(path, out var item), $"{method} {path} is missing from the OpenAPI document.");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is missing from the OpenAPI document.");
            var documented = operation.GetProperty("responses").EnumerateObject().Select(response => response.Name).ToHashSet();
            foreach (var status in endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(metadata => metadata.StatusCode))
            {
                Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), documented);
            }
        }
    }

    [Fact]
    public async Task Document_OtherRoutes_AreNotListed()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Token));

        Assert.All(document.RootElement.GetProperty("paths").EnumerateObject(), path => Assert.StartsWith(ApiRoutes.Prefix, path.Name, StringComparison.Ordinal));
    }

    /// <summary>The reference page must work offline: its scripts and styles come from this host.</summary>
    [Fact]
    public async Task ReferencePage_LoadsAssetsFromThisHostOnly()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();

        var page = await client.GetAsync("/api/reference", Token);
        var html = await page.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var assets = AssetReference().Matches(html).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.False(Uri.TryCreate(asset, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal), $"The page loads {asset} from another host.");
            var response = await client.GetAsync(new Uri(new Uri("http://localhost/api/reference/"), asset), Token);
            Assert.True(response.IsSuccessStatusCode, $"{asset} returned {(int)response.StatusCode}.");
        }

        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex("""(?:src|href)="([^"]+)""")]
    private static partial Regex AssetReference();
}
