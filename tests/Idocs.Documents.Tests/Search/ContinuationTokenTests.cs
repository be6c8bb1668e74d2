using Idocs.Documents.Search;

namespace Idocs.Documents.Tests.Search;

public sealed class ContinuationTokenTests
{
    private const string Scope = "documents.search\nprofile";

    private static readonly KeysetPosition Position = new(new DateTimeOffset(2026, 12, 4, 10, 30, 15, TimeSpan.Zero), Guid.CreateVersion7());

    [Fact]
    public void Decode_EncodedToken_ReturnsSamePosition()
    {
        var token = ContinuationToken.Encode(Position, Scope);

        var decoded = ContinuationToken.Decode(token, Scope);

        Assert.True(decoded.IsSuccess);
        Assert.Equal(Position, decoded.Value);
    }

    [Fact]
    public void Decode_AnyCharacterChanged_ReturnsInvalidContinuationToken()
    {
        var token = ContinuationToken.Encode(Position, Scope);

        for (var index = 0; index < token.Length; index++)
        {
            var replacement = token[index] == 'A' ? 'B' : 'A';
            var altered = token[..index] + replacement + token[(index + 1)..];

            var decoded = ContinuationToken.Decode(altered, Scope);

            Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, decoded.Error?.Code);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Decode_MalformedText_ReturnsInvalidContinuationToken(string token)
    {
        var decoded = ContinuationToken.Decode(token, Scope);

        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, decoded.Error?.Code);
    }

    [Fact]
    public void Decode_OtherScope_ReturnsInvalidContinuationToken()
    {
        var token = ContinuationToken.Encode(Position, Scope);

        var decoded = ContinuationToken.Decode(token, Scope + "x");

        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, decoded.Error?.Code);
    }
}
