using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Events;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.People;
using Idocs.Documents.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Storage.Accounts;

public static class AccountsStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the EF Core stores of accounts, the account event outbox and
    /// <see cref="AccountsTransaction"/>, all scoped to the request's <c>IdocsDbContext</c>. Call
    /// after <c>AddIdocsStorage</c>; the use cases come from <c>AddAccounts</c>.
    /// </summary>
    public static IServiceCollection AddIdocsAccountsStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IProfileStore, EntityFrameworkProfileStore>();
        services.AddScoped<IPersonStore, EntityFrameworkPersonStore>();
        services.AddScoped<IEmployeeStore, EntityFrameworkEmployeeStore>();
        services.AddScoped<ILoginChallengeStore, EntityFrameworkLoginChallengeStore>();
        services.AddScoped<ISessionStore, EntityFrameworkSessionStore>();
        services.AddScoped<IDirectorChangeRequestStore, EntityFrameworkDirectorChangeRequestStore>();
        services.AddScoped<IAuditLogStore, EntityFrameworkAuditLogStore>();
        services.AddScoped<INotificationSettingsStore, EntityFrameworkNotificationSettingsStore>();
        services.AddScoped<IAccountEventOutbox, EntityFrameworkAccountEventOutbox>();
        services.AddScoped<AppointmentOrderFiles>();
        services.AddScoped<AccountsTransaction>();
        return services;
    }
}
