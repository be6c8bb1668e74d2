using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Idocs.Web.Tests.Verification;

public sealed partial class VerifyPageTests(VerificationHost host) : IClassFixture<VerificationHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_KnownId_ShowsDocumentAndSignerInRussian()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync($"/verify/{host.VerificationId}", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Проверка электронного документа", html, StringComparison.Ordinal);
        Assert.Contains(VerificationHost.Title, html, StringComparison.Ordinal);
        Assert.Contains("ТОО «Һадис Құрылыс»", html, StringComparison.Ordinal);
        Assert.Contains("ҮСЕНОВ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_KnownId_HidesSignerIin()
    {
        using var client = host.Factory.CreateClient();

        var html = await client.GetStringAsync($"/verify/{host.VerificationId}", Token);

        Assert.DoesNotContain(VerificationHost.SignerIin, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CultureKk_ShowsKazakh()
    {
        using var client = host.Factory.CreateClient();

        var html = await client.GetStringAsync($"/verify/{host.VerificationId}?culture=kk", Token);

        Assert.Contains("Электрондық құжатты тексеру", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-verification-id")]
    public async Task Get_UnknownId_Returns404(string id)
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync($"/verify/{id}", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Документ не найден", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFile_Original_SaysMatches()
    {
        using var client = host.Factory.CreateClient();

        var html = await PostFormAsync(client, "check-file", host.Original, "contract.pdf");

        Assert.Contains("data-result=\"matches\"", html, StringComparison.Ordinal);
        Assert.Contains("Совпадает", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFile_OneByteChanged_SaysDoesNotMatch()
    {
        using var client = host.Factory.CreateClient();
        var changed = host.Original.ToArray();
        changed[changed.Length / 2] ^= 0x01;

        var html = await PostFormAsync(client, "check-file", changed, "contract.pdf");

        Assert.Contains("data-result=\"does-not-match\"", html, StringComparison.Ordinal);
        Assert.Contains("Не совпадает", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSignature_Tampered_ReportsTotalFailed()
    {
        using var client = host.Factory.CreateClient();
        var tampered = host.Signature.ToArray();
        tampered[^20] ^= 0x01;

        var html = await PostFormAsync(client, "check-signature", tampered, "signature.p7s");

        Assert.Contains("data-result=\"TotalFailed\"", html, StringComparison.Ordinal);
        Assert.Contains("TOTAL-FAILED", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFile_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = host.Factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("check-file"), "_handler" },
            { new ByteArrayContent(host.Original), "file", "contract.pdf" },
        };

        var response = await client.PostAsync($"/verify/{host.VerificationId}", form, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Loads the page, then posts the named form with its hidden fields (handler and antiforgery token) and the file.</summary>
    private async Task<string> PostFormAsync(HttpClient client, string formName, byte[] file, string fileName)
    {
        var page = await client.GetStringAsync($"/verify/{host.VerificationId}", Token);
        var formHtml = FormPattern().Matches(page).Select(match => match.Value).Single(form => form.Contains($"value=\"{formName}\"", StringComparison.Ordinal));
        using var form = new MultipartFormDataContent();
        foreach (Match input in HiddenInputPattern().Matches(formHtml))
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(input.Groups["value"].Value)), input.Groups["name"].Value);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);

        var response = await client.PostAsync($"/verify/{host.VerificationId}", form, Token);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {html}");
        return html;
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputPattern();
}
