using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Contacts;

public class ManageBillingContactsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ReplaceAsync_ValidEmails_StoresEachOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var replaced = await harness.ManageBillingContacts.ReplaceAsync(
            harness.Director, companyId, [" accounting@example.kz ", "ACCOUNTING@example.kz", "cfo@example.kz"], None);

        Assert.True(replaced.IsSuccess, replaced.Error?.ToString());
        Assert.Equal(["accounting@example.kz", "cfo@example.kz"], (await harness.ManageBillingContacts.GetAsync(companyId, None)).Value);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("Accounting <accounting@example.kz>")]
    [InlineData("")]
    public async Task ReplaceAsync_InvalidEmail_ReturnsInvalidInput(string email)
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var replaced = await harness.ManageBillingContacts.ReplaceAsync(harness.Director, companyId, [email], None);

        Assert.Equal(CommonErrorCodes.InvalidInput, replaced.Error?.Code);
    }

    [Fact]
    public async Task ReplaceAsync_MoreThanConfigured_ReturnsInvalidInput()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1), options => options.MaxBillingContacts = 2);
        var companyId = await harness.RegisterCompanyAsync();

        var replaced = await harness.ManageBillingContacts.ReplaceAsync(
            harness.Director, companyId, ["a@example.kz", "b@example.kz", "c@example.kz"], None);

        Assert.Equal(CommonErrorCodes.InvalidInput, replaced.Error?.Code);
        Assert.Contains("at most 2", replaced.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceAsync_ByEmployee_ReturnsForbidden()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var replaced = await harness.ManageBillingContacts.ReplaceAsync(harness.Employee, companyId, ["a@example.kz"], None);

        Assert.Equal(CommonErrorCodes.Forbidden, replaced.Error?.Code);
    }
}
