using System.Security.Cryptography;
using System.Text;
using Idocs.Documents.Integrations.Webhooks;

namespace Idocs.Documents.Tests.Integrations.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"type\":\"document.signed\"}");

    [Fact]
    public void Compute_KnownInput_IsHmacOfTimestampDotBody()
    {
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("1764806400.{\"type\":\"document.signed\"}")));

        var signature = WebhookSignature.Compute(Secret, 1764806400, Body);

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Matches_OwnSignature_ReturnsTrue()
    {
        var signature = WebhookSignature.Compute(Secret, 1764806400, Body);

        Assert.True(WebhookSignature.Matches(Secret, 1764806400, Body, signature));
    }

    [Fact]
    public void Matches_OtherTimestamp_ReturnsFalse()
    {
        var signature = WebhookSignature.Compute(Secret, 1764806400, Body);

        Assert.False(WebhookSignature.Matches(Secret, 1764806401, Body, signature));
    }

    [Fact]
    public void Matches_AlteredBody_ReturnsFalse()
    {
        var signature = WebhookSignature.Compute(Secret, 1764806400, Body);

        Assert.False(WebhookSignature.Matches(Secret, 1764806400, Encoding.UTF8.GetBytes("{\"type\":\"document.rejected\"}"), signature));
    }
}
