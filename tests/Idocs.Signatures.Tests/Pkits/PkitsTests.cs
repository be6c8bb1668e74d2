using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Tests.Pkits;

public sealed class PkitsTests
{
    /// <summary>
    /// PKITS cases whose feature the validator does not support; they must come out
    /// INDETERMINATE (never VALID). Keep in step with the README-trust.md list.
    /// </summary>
    private static readonly HashSet<string> UnsupportedCases = [];

    public static TheoryData<string> CaseKeys()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in PkitsCase.LoadAll())
        {
            data.Add(testCase.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseKeys))]
    public async Task Validate_PkitsCase_GivesExpectedResult(string key)
    {
        var testCase = PkitsCase.LoadAll().Single(c => c.ToString() == key);

        var result = await PkitsRunner.RunAsync(testCase);

        var reasons = string.Join(" | ", result.Checks.Select(c => $"{c.Name}={c.Status}: {c.Reason}"));
        if (UnsupportedCases.Contains(testCase.Number))
        {
            Assert.True(result.Indication == Indication.Indeterminate, $"{key}: expected INDETERMINATE, got {PkitsRunner.Verdict(result)}; {reasons}");
            return;
        }

        var expected = testCase.ExpectedValid ? "VALID" : "INVALID";
        Assert.True(expected == PkitsRunner.Verdict(result), $"{key}: expected {expected}, got {PkitsRunner.Verdict(result)}; {reasons}");
    }
}
