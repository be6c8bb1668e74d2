using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Signatures.Xml;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Security;

namespace Idocs.Web.Tests.Accounts;

/// <summary>
/// A browser of the cabinet in tests: it keeps its cookies, responds to challenges by signing their XML
/// with a test-PKI key as NCALayer <c>signXml</c> does, and sends the antiforgery header on
/// state-changing calls after login. Other areas' tests log in with <see cref="LoginAsync"/> or
/// <see cref="RegisterAsync"/> and then call their endpoints through <see cref="SendAsync"/>.
/// </summary>
public sealed class AccountsClient(HttpClient http) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string? _antiforgeryToken;

    public HttpClient Http { get; } = http;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async Task<IssuedChallengeView> IssueChallengeAsync(string purpose)
    {
        var response = await Http.PostAsJsonAsync("/api/v1/auth/challenges", new { purpose }, Token);
        await EnsureStatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<IssuedChallengeView>(Json, Token))!;
    }

    /// <summary>Signs the challenge XML with an enveloped XMLDSig over the whole document, as NCALayer <c>signXml</c> does.</summary>
    public static string SignXml(string xml, TestCertificateHolder signer, TestCertificateHolder? certificateShown = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        IXmlSigningKey key = new RsaXmlSigningKey(signer.Certificate);
        if (certificateShown is not null)
        {
            key = new SwappedCertificateKey(key, certificateShown.Certificate);
        }

        var signed = new XmlSignatureSigner(new XmlDigestCalculator()).Sign(xml, key);
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        return signed.Value!;
    }

    /// <summary>Posts a signed challenge response to <paramref name="path"/> (login, register or support login) and returns the raw response.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(string path, object body) =>
        await Http.PostAsJsonAsync(path, body, Token);

    /// <summary>Logs in with a fresh challenge signed by <paramref name="signer"/>; asserts success and fetches the antiforgery token.</summary>
    public async Task<LoginView> LoginAsync(TestCertificateHolder signer)
    {
        var challenge = await IssueChallengeAsync("login");
        var response = await AnswerAsync("/api/v1/auth/login", new { challengeId = challenge.ChallengeId, signedXml = SignXml(challenge.Xml, signer) });
        await EnsureStatusAsync(response, HttpStatusCode.OK);
        await RefreshAntiforgeryAsync();
        return (await response.Content.ReadFromJsonAsync<LoginView>(Json, Token))!;
    }

    /// <summary>Registers a profile of <paramref name="kind"/> (company, soleProprietor, individual); asserts 201 and returns the profile id.</summary>
    public async Task<Guid> RegisterAsync(TestCertificateHolder signer, string kind)
    {
        var response = await RegisterRawAsync(signer, kind);
        await EnsureStatusAsync(response, HttpStatusCode.Created);
        await RefreshAntiforgeryAsync();
        return (await response.Content.ReadFromJsonAsync<RegistrationView>(Json, Token))!.ProfileId;
    }

    public async Task<HttpResponseMessage> RegisterRawAsync(TestCertificateHolder signer, string kind)
    {
        var challenge = await IssueChallengeAsync("registration");
        return await AnswerAsync("/api/v1/auth/register", new { challengeId = challenge.ChallengeId, signedXml = SignXml(challenge.Xml, signer), kind });
    }

    /// <summary>Logs in as platform support; asserts success and fetches the support antiforgery token.</summary>
    public async Task SupportLoginAsync(TestCertificateHolder agent)
    {
        var challenge = await IssueChallengeAsync("login");
        var response = await AnswerAsync("/api/v1/support/login", new { challengeId = challenge.ChallengeId, signedXml = SignXml(challenge.Xml, agent) });
        await EnsureStatusAsync(response, HttpStatusCode.OK);
        _antiforgeryToken = (await GetJsonAsync<AntiforgeryTokenView>("/api/v1/support/antiforgery")).RequestToken;
    }

    public async Task SelectProfileAsync(Guid profileId)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/auth/profile", JsonContent.Create(new { profileId }));
        await EnsureStatusAsync(response, HttpStatusCode.NoContent);
    }

    /// <summary>Sends a request with the antiforgery header this client's session needs for state changes.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (_antiforgeryToken is not null)
        {
            request.Headers.Add(CookieAntiforgery.HeaderName, _antiforgeryToken);
        }

        return await Http.SendAsync(request, Token);
    }

    public async Task<T> GetJsonAsync<T>(string path)
    {
        var response = await Http.GetAsync(path, Token);
        await EnsureStatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json, Token))!;
    }

    /// <summary>Returns the <c>code</c> member of a problem details response.</summary>
    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(Token);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty(Problems.CodeExtension, out var code) ? code.GetString() : null;
    }

    public static async Task EnsureStatusAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(Token);
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }
    }

    public void Dispose() => Http.Dispose();

    private async Task RefreshAntiforgeryAsync() =>
        _antiforgeryToken = (await GetJsonAsync<AntiforgeryTokenView>("/api/v1/auth/antiforgery")).RequestToken;

    /// <summary>Signs with one key but puts another certificate into KeyInfo, as a tampered response would.</summary>
    private sealed class SwappedCertificateKey(IXmlSigningKey signingKey, X509Certificate2 shown) : IXmlSigningKey
    {
        public string SignatureMethodUri => signingKey.SignatureMethodUri;

        public string DigestMethodUri => signingKey.DigestMethodUri;

        public ReadOnlyMemory<byte> CertificateDer => shown.RawData;

        public Result<byte[]> Sign(ReadOnlySpan<byte> data) => signingKey.Sign(data);
    }
}
