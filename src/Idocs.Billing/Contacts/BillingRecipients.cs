using Idocs.Billing.Actors;

namespace Idocs.Billing.Contacts;

/// <summary>Decides who receives billing mail (invoices, trial reminders, plan changes).</summary>
public static class BillingRecipients
{
    /// <summary>
    /// Returns the emails of the active Director, Admins and Moderators followed by the extra billing
    /// contacts, each address once (compared case-insensitively), in that order.
    /// </summary>
    public static IReadOnlyList<string> Select(IEnumerable<CompanyMember> members, IEnumerable<string> billingContacts)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(billingContacts);

        var staff = members
            .Where(member => member.IsActive && BillingPermissions.IsCompanyBillingManager(member.Role))
            .OrderByDescending(member => member.Role)
            .Select(member => member.Email);
        return staff
            .Concat(billingContacts)
            .Where(email => !string.IsNullOrWhiteSpace(email))
            .Select(email => email.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
