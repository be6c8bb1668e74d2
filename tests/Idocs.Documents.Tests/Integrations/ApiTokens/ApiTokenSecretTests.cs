using Idocs.Documents.Integrations.ApiTokens;

namespace Idocs.Documents.Tests.Integrations.ApiTokens;

public sealed class ApiTokenSecretTests
{
    [Fact]
    public void Create_TwoSecrets_DifferAndHaveSecretShape()
    {
        var first = ApiTokenSecret.Create();
        var second = ApiTokenSecret.Create();

        Assert.NotEqual(first, second);
        Assert.True(ApiTokenSecret.HasSecretShape(first));
        Assert.True(ApiTokenSecret.HasSecretShape(second));
    }

    [Fact]
    public void Hash_Secret_IsLowerHexSha256WithoutTheSecret()
    {
        var secret = ApiTokenSecret.Create();

        var hash = ApiTokenSecret.Hash(secret);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(secret[ApiTokenSecret.SecretPrefix.Length..], hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("idocs_short")]
    [InlineData("Bearer something-else")]
    public void HasSecretShape_ForeignValue_ReturnsFalse(string value)
    {
        Assert.False(ApiTokenSecret.HasSecretShape(value));
    }

    [Fact]
    public void RecordUse_WithinAMinute_DoesNotAskForSave()
    {
        var now = DateTimeOffset.UtcNow;
        var token = new ApiToken(Guid.NewGuid(), Guid.NewGuid(), "1C", new string('0', 64), "idocs_abcdef", [ApiScopes.DocumentsRead], Guid.NewGuid(), now, now.AddDays(1));

        var first = token.RecordUse(now);
        var second = token.RecordUse(now.AddSeconds(30));

        Assert.True(first);
        Assert.False(second);
    }
}
