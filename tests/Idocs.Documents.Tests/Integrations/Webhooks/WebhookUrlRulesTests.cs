using Idocs.Documents.Integrations.Webhooks;

namespace Idocs.Documents.Tests.Integrations.Webhooks;

public sealed class WebhookUrlRulesTests
{
    [Theory]
    [InlineData("https://erp.example.kz/idocs/hook")]
    [InlineData("https://93.184.216.34/hook")]
    public void Validate_PublicHttps_Accepts(string url)
    {
        var result = WebhookUrlRules.Validate(url, allowLoopback: false);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [InlineData("http://erp.example.kz/hook")]
    [InlineData("ftp://erp.example.kz/hook")]
    [InlineData("/relative/hook")]
    [InlineData("")]
    [InlineData("https://user:password@erp.example.kz/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.20.0.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    public void Validate_OutsideTests_RejectsUnsafeUrl(string url)
    {
        var result = WebhookUrlRules.Validate(url, allowLoopback: false);

        Assert.Equal(WebhookErrorCodes.InvalidUrl, result.Error?.Code);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5099/hook")]
    [InlineData("http://[::1]:5099/hook")]
    [InlineData("http://localhost:5099/hook")]
    public void Validate_LoopbackAllowed_AcceptsHttpToLoopback(string url)
    {
        var result = WebhookUrlRules.Validate(url, allowLoopback: true);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [InlineData("http://erp.example.kz/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    public void Validate_LoopbackAllowed_StillRejectsOtherUnsafeUrls(string url)
    {
        var result = WebhookUrlRules.Validate(url, allowLoopback: true);

        Assert.Equal(WebhookErrorCodes.InvalidUrl, result.Error?.Code);
    }
}
