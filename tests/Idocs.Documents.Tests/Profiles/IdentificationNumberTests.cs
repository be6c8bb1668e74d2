using Idocs.Documents.Profiles;

namespace Idocs.Documents.Tests.Profiles;

public class IdentificationNumberTests
{
    [Theory]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("85010130000a")]
    public void IsValid_WrongShape_False(string value)
    {
        Assert.False(IdentificationNumber.IsValid(value));
    }

    [Fact]
    public void IsValid_WrongCheckDigit_False()
    {
        var valid = Fakes.TestNumbers.Iin(1);
        var wrongDigit = (char)('0' + ((valid[11] - '0' + 1) % 10));

        Assert.False(IdentificationNumber.IsValid(valid[..11] + wrongDigit));
    }

    [Fact]
    public void IsValid_CheckDigitFromFirstWeights_True()
    {
        // The digit 5 at position 11 has weight 11: 55 mod 11 is 0, the check digit.
        Assert.True(IdentificationNumber.IsValid("000000000050"));
    }

    [Fact]
    public void IsValid_CheckDigitFromSecondWeights_True()
    {
        // "12345678901" gives 296 mod 11 = 10 with weights 1..11, so weights 3..11, 1, 2 apply: 377 mod 11 = 3.
        Assert.True(IdentificationNumber.IsValid("123456789013"));
    }

    [Theory]
    [InlineData("900002000000")]
    [InlineData("900002000005")]
    [InlineData("900002000009")]
    public void IsValid_TenUnderBothWeights_False(string value)
    {
        // 9·1 + 2·6 = 21 and 9·3 + 2·8 = 43 are both 10 mod 11, so no check digit exists: never issued.
        Assert.False(IdentificationNumber.IsValid(value));
    }

    [Fact]
    public void Parse_Invalid_NamesFieldAndValue()
    {
        var parsed = IdentificationNumber.Parse("123", "future director's IIN");

        Assert.Equal(AccountsErrorCodes.InvalidIdentificationNumber, parsed.Error?.Code);
        Assert.Contains("future director's IIN '123'", parsed.Error?.Message, StringComparison.Ordinal);
    }
}
