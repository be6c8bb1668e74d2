using Idocs.Storage.Persistence;

namespace Idocs.Storage.Tests.Persistence;

public class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("NextAttemptAt", "next_attempt_at")]
    [InlineData("DocumentIIN", "document_iin")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("Sha256Digest", "sha256_digest")]
    public void From_PascalCaseName_ReturnsSnakeCase(string name, string expected)
    {
        var converted = SnakeCaseNames.From(name);

        Assert.Equal(expected, converted);
    }
}
