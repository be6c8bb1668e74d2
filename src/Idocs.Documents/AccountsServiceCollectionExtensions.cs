using Idocs.Documents.Audit;
using Idocs.Documents.Authentication;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.People;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Documents;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The longest challenge lifetime accepted in configuration; a challenge is meant to be short-lived.</summary>
    public static readonly TimeSpan MaxChallengeLifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Registers the accounts use cases, the per-request <see cref="TenantContext"/> and the session
    /// validator. The stores, <see cref="Authentication.Certificates.ICertificateSignatureVerifier"/>,
    /// <see cref="Events.IAccountEventOutbox"/> and optionally <see cref="IAuditRequestInfo"/> come
    /// from storage, the signature library and the web host.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccountsOptions>()
            .Validate(
                options => options.ChallengeLifetime > TimeSpan.Zero && options.ChallengeLifetime <= MaxChallengeLifetime,
                $"Accounts:ChallengeLifetime must be above zero and at most {MaxChallengeLifetime}, for example 00:02:00.")
            .Validate(options => options.SessionLifetime > TimeSpan.Zero, "Accounts:SessionLifetime must be above zero, for example 12:00:00.")
            .ValidateOnStart();

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(provider => provider.GetRequiredService<TenantContext>());
        services.AddScoped<AuditRecorder>();
        services.AddScoped<ProfileAuthorizer>();

        services.AddScoped<IssueChallenge>();
        services.AddScoped<VerifyChallengeResponse>();
        services.AddScoped<PurgeExpiredChallenges>();
        services.AddScoped<OpenSession>();
        services.AddScoped<SessionValidator>();
        services.AddScoped<RecordPersonLogin>();
        services.AddScoped<RegisterProfile>();
        services.AddScoped<Login>();
        services.AddScoped<ListMyProfiles>();
        services.AddScoped<SelectProfile>();
        services.AddScoped<EndSession>();

        services.AddScoped<InviteEmployee>();
        services.AddScoped<BlockEmployee>();
        services.AddScoped<UnblockEmployee>();
        services.AddScoped<ChangeEmployeeAccess>();
        services.AddScoped<ListEmployees>();
        services.AddScoped<ViewMyRights>();

        services.AddScoped<FileDirectorChangeRequest>();
        services.AddScoped<ApproveDirectorChange>();
        services.AddScoped<RejectDirectorChange>();
        services.AddScoped<ListDirectorChangeRequests>();
        services.AddScoped<ReadAuditLog>();
        services.AddScoped<ManageNotificationSettings>();
        return services;
    }
}
