using System.Net;
using System.Net.Http.Headers;

namespace Idocs.Web.Tests.Components.Pages;

public sealed class HomeTests : IClassFixture<HomeTests.HostFixture>
{
    private readonly IdocsWebApplicationFactory _factory;

    public HomeTests(HostFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _factory = fixture.Factory;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Root_DefaultCulture_Returns200InRussian()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Idocs — электронный документооборот", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_CultureQueryKk_ReturnsKazakh()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/?culture=kk", Token);

        Assert.Contains("Idocs — электрондық құжат айналымы", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_CultureQueryEn_ReturnsEnglish()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/?culture=en", Token);

        Assert.Contains("Idocs — electronic document exchange", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_CultureCookieKk_ReturnsKazakh()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dkk%7Cuic%3Dkk");

        var response = await client.SendAsync(request, Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Contains("электрондық құжат айналымы", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_BrowserPrefersEnglish_StaysRussian()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        var html = await client.GetStringAsync("/", Token);

        Assert.Contains("электронный документооборот", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_UnsupportedCultureQuery_FallsBackToRussian()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/?culture=de", Token);

        Assert.Contains("электронный документооборот", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_LanguageSwitch_IsRendered()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/", Token);

        // The menu items render when the menu opens; the browser tests switch languages through it.
        Assert.Contains("data-testid=\"language-switch\"", html, StringComparison.Ordinal);
        Assert.Contains("title=\"Язык\"", html, StringComparison.Ordinal);
    }

    /// <summary>One host shared by the page tests, which only read.</summary>
    public sealed class HostFixture : IAsyncDisposable
    {
        public IdocsWebApplicationFactory Factory { get; } = new();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
