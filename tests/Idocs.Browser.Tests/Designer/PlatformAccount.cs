using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Idocs.Browser.Tests.Hosting;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Signing;
using Idocs.Signatures.Xml;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Demo;
using Idocs.Web.Security;

namespace Idocs.Browser.Tests.Designer;

/// <summary>
/// One demo person's API session on the platform: it signs the login challenge with the person's
/// demo key file, as NCALayer would, keeps the session cookie and sends the antiforgery header.
/// </summary>
public sealed class PlatformAccount : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private string? _antiforgeryToken;

    private PlatformAccount(HttpClient http) => _http = http;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Logs <paramref name="person"/> in with the key from the platform's demo keys folder.</summary>
    public static async Task<PlatformAccount> LoginAsync(PlatformFixture platform, DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(person);
        var keyFile = Path.Combine(platform.DataDirectory, "demo-keys", person.KeyName + ".p12");
        var key = Pkcs12Reader.Read(await File.ReadAllBytesAsync(keyFile, Token), DemoCast.KeyPassword);
        Assert.True(key.IsSuccess, key.Error?.Message);
        var xmlKey = SigningKeyXmlKey.Create(key.Value!);
        Assert.True(xmlKey.IsSuccess, xmlKey.Error?.Message);

        var account = new PlatformAccount(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = platform.BaseAddress });
        var challengeResponse = await account._http.PostAsJsonAsync("/api/v1/auth/challenges", new { purpose = "login" }, Token);
        var challenge = await ReadAsync<IssuedChallengeView>(challengeResponse, HttpStatusCode.OK);
        var signed = new XmlSignatureSigner(new XmlDigestCalculator()).Sign(challenge.Xml, xmlKey.Value!);
        Assert.True(signed.IsSuccess, signed.Error?.Message);
        var login = await account._http.PostAsJsonAsync("/api/v1/auth/login", new { challengeId = challenge.ChallengeId, signedXml = signed.Value }, Token);
        await EnsureAsync(login, HttpStatusCode.OK);
        account._antiforgeryToken = (await account.GetAsync<AntiforgeryTokenView>("/api/v1/auth/antiforgery")).RequestToken;
        return account;
    }

    public async Task<T> GetAsync<T>(string path) => await ReadAsync<T>(await _http.GetAsync(path, Token), HttpStatusCode.OK);

    /// <summary>Sends a state-changing request with the antiforgery header and reads the expected response.</summary>
    public async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent content, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(CookieAntiforgery.HeaderName, _antiforgeryToken);
        return await ReadAsync<T>(await _http.SendAsync(request, Token), expected);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        await EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<T>(Json, Token))!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync(Token)}");
        }
    }
}
