using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Idocs.Web.Tests.Verification;

public sealed class VerificationApiTests(VerificationHost host) : IClassFixture<VerificationHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Describe_KnownId_ReturnsTitleAndSignature()
    {
        using var client = host.Factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/verify/{host.VerificationId}", Token));

        Assert.Equal(VerificationHost.Title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("signatures").GetArrayLength());
    }

    [Fact]
    public async Task Describe_UnknownId_Returns404Problem()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/api/v1/verify/AAAAAAAAAAAAAAAAAAAAAA", Token);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("common.not_found", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task CheckFile_Original_Matches()
    {
        using var client = host.Factory.CreateClient();

        var result = await PostAsync(client, "file", host.Original);

        Assert.True(result.RootElement.GetProperty("matches").GetBoolean());
    }

    [Fact]
    public async Task CheckFile_OneByteChanged_DoesNotMatch()
    {
        using var client = host.Factory.CreateClient();
        var changed = host.Original.ToArray();
        changed[0] ^= 0x01;

        var result = await PostAsync(client, "file", changed);

        Assert.False(result.RootElement.GetProperty("matches").GetBoolean());
    }

    [Fact]
    public async Task CheckSignature_Tampered_TotalFailed()
    {
        using var client = host.Factory.CreateClient();
        var tampered = host.Signature.ToArray();
        tampered[^20] ^= 0x01;

        var result = await PostAsync(client, "signature", tampered);

        Assert.Equal("TotalFailed", result.RootElement.GetProperty("indication").GetString());
    }

    [Fact]
    public async Task CheckSignature_Genuine_NotFailed()
    {
        using var client = host.Factory.CreateClient();

        var result = await PostAsync(client, "signature", host.Signature);

        // The host trusts no test PKI root, so a genuine signature is indeterminate rather than passed.
        Assert.Equal("Indeterminate", result.RootElement.GetProperty("indication").GetString());
    }

    [Fact]
    public async Task CheckFile_NoFile_Returns400Problem()
    {
        using var client = host.Factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var response = await client.PostAsync($"/api/v1/verify/{host.VerificationId}/file", form, Token);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("verification.invalid_upload", problem.RootElement.GetProperty("code").GetString());
    }

    private async Task<JsonDocument> PostAsync(HttpClient client, string check, byte[] file)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "upload.bin" } };
        var response = await client.PostAsync($"/api/v1/verify/{host.VerificationId}/{check}", form, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }
}
