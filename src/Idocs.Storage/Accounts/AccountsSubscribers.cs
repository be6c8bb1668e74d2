using Idocs.Documents.Employees;
using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.People;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Finds an active employee's email for a status change, honouring the person's notification
/// settings in the employee's profile; without saved settings the person gets every event.
/// </summary>
public sealed class AccountsSubscribers(IdocsDbContext dbContext) : ISubscriberPort
{
    public async Task<MailRecipient?> FindAsync(Guid employeeId, DocumentStatusEvent statusEvent, CancellationToken cancellationToken)
    {
        var employee = await dbContext.Set<Employee>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == employeeId && candidate.Status == EmployeeStatus.Active, cancellationToken);
        if (employee?.PersonId is not { } personId)
        {
            return null;
        }

        var settings = await dbContext.Set<NotificationSettingsRow>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .AsNoTracking()
            .FirstOrDefaultAsync(row => row.ProfileId == employee.ProfileId && row.PersonId == personId, cancellationToken);
        if (settings is not null && !EntityFrameworkNotificationSettingsStore.Parse(settings.EmailEvents).Contains(statusEvent))
        {
            return null;
        }

        var email = employee.Email;
        if (string.IsNullOrWhiteSpace(email))
        {
            var person = await dbContext.Set<Person>().AsNoTracking()
                .FirstOrDefaultAsync(candidate => candidate.Id == personId, cancellationToken);
            email = person?.Email;
        }

        return string.IsNullOrWhiteSpace(email) ? null : new MailRecipient(email, employee.FullName);
    }
}
