using Idocs.Signatures.Certificates;

namespace Idocs.Signatures.Tests.Certificates;

public sealed class KazakhIdentifiersTests
{
    [Theory]
    [InlineData("940140000385")]
    [InlineData("950341000052")]
    [InlineData("961141000023")]
    [InlineData("070941024691")]
    [InlineData("900101300017")]
    [InlineData("900101300811")]
    [InlineData("010203600014")]
    public void HasValidChecksum_ValidNumber_ReturnsTrue(string value)
    {
        Assert.True(KazakhIdentifiers.HasValidChecksum(value));
    }

    [Theory]
    [InlineData("123456789011")]
    [InlineData("123456789012")]
    [InlineData("123456789021")]
    [InlineData("940140000384")]
    [InlineData("94014000038")]
    [InlineData("9401400003851")]
    [InlineData("94014000038a")]
    [InlineData("")]
    [InlineData(null)]
    public void HasValidChecksum_InvalidValue_ReturnsFalse(string? value)
    {
        Assert.False(KazakhIdentifiers.HasValidChecksum(value));
    }

    [Fact]
    public void HasValidChecksum_NoCheckDigit_RejectsAll()
    {
        var accepted = Enumerable.Range(0, 10).Select(d => $"90010130080{d}").Where(KazakhIdentifiers.HasValidChecksum);

        Assert.Empty(accepted);
    }
}
