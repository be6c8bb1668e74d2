using System.Reflection;

namespace Idocs.Documents.Tests;

public class AccountsErrorCodesTests
{
    [Fact]
    public void Codes_AreDistinct()
    {
        var codes = typeof(AccountsErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Codes_HaveAccountsPrefix()
    {
        var codes = typeof(AccountsErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!);

        Assert.All(codes, code => Assert.StartsWith("accounts.", code, StringComparison.Ordinal));
    }
}
