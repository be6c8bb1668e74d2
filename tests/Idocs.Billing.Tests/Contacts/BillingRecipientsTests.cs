using Idocs.Billing.Actors;
using Idocs.Billing.Contacts;

namespace Idocs.Billing.Tests.Contacts;

public class BillingRecipientsTests
{
    [Fact]
    public void Select_StaffAndContacts_ReturnsEachOnce()
    {
        CompanyMember[] members =
        [
            new("employee@example.kz", ActorRole.Employee, IsActive: true),
            new("moderator@example.kz", ActorRole.Moderator, IsActive: true),
            new("director@example.kz", ActorRole.Director, IsActive: true),
            new("admin@example.kz", ActorRole.Admin, IsActive: true),
            new("former-admin@example.kz", ActorRole.Admin, IsActive: false),
        ];

        var recipients = BillingRecipients.Select(members, ["accounting@example.kz", "Director@Example.kz"]);

        Assert.Equal(
            ["director@example.kz", "admin@example.kz", "moderator@example.kz", "accounting@example.kz"],
            recipients);
    }

    [Fact]
    public void Select_NoManagers_ReturnsContactsOnly()
    {
        var recipients = BillingRecipients.Select([], ["accounting@example.kz"]);

        Assert.Equal(["accounting@example.kz"], recipients);
    }
}
