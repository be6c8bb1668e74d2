using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Idocs.Web.Tests.Localization;

public sealed class CultureEndpointsTests : IClassFixture<CultureEndpointsTests.HostFixture>
{
    private readonly IdocsWebApplicationFactory _factory;

    public CultureEndpointsTests(HostFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _factory = fixture.Factory;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SwitchCulture_Kazakh_SetsCookieAndRedirects()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/culture?culture=kk&returnUrl=%2F", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dkk%7Cuic%3Dkk", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchCulture_ThenRoot_ServesKazakh()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/culture?culture=kk&returnUrl=%2F", Token);

        Assert.Contains("электрондық құжат айналымы", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchCulture_UnsupportedCulture_Returns400()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/culture?culture=de", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'de'", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.invalid/")]
    [InlineData("//example.invalid/")]
    [InlineData("/\\example.invalid/")]
    public async Task SwitchCulture_ForeignReturnUrl_RedirectsToRoot(string returnUrl)
    {
        using var client = CreateClient();

        var response = await client.GetAsync($"/culture?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}", Token);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private HttpClient CreateClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>One host shared by the culture tests, which keep no server-side state.</summary>
    public sealed class HostFixture : IAsyncDisposable
    {
        public IdocsWebApplicationFactory Factory { get; } = new();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
