using Idocs.Documents.Audit;
using Idocs.Documents.Authentication;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Events;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.People;
using Idocs.Documents.Profiles;
using Idocs.Documents.Tenancy;
using Idocs.Documents.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Idocs.Documents.Tests;

public class AccountsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAccounts_WithStores_ResolvesEveryUseCase()
    {
        using var provider = BuildProvider();
        using var scope = provider.CreateScope();

        var login = scope.ServiceProvider.GetRequiredService<Login>();
        var approve = scope.ServiceProvider.GetRequiredService<ApproveDirectorChange>();

        Assert.NotNull(login);
        Assert.NotNull(approve);
        Assert.Same(scope.ServiceProvider.GetRequiredService<TenantContext>(), scope.ServiceProvider.GetRequiredService<ITenantContext>());
    }

    [Fact]
    public void AddAccounts_LongChallengeLifetime_FailsOptionsValidation()
    {
        using var provider = BuildProvider(options => options.ChallengeLifetime = TimeSpan.FromHours(2));

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AccountsOptions>>().Value);

        Assert.Contains("ChallengeLifetime", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAccounts_Registrations_CoverEveryUseCase()
    {
        var services = new ServiceCollection();
        services.AddAccounts();
        var useCases = typeof(AccountsOptions).Assembly.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsAbstract && type.GetMethod("RunAsync") is not null)
            .ToList();

        var missing = useCases.Where(type => !services.Any(descriptor => descriptor.ServiceType == type)).ToList();

        Assert.Contains(typeof(Login), useCases);
        Assert.Empty(missing);
    }

    private static ServiceProvider BuildProvider(Action<AccountsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddAccounts();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TestPki>();
        services.AddSingleton<ICertificateSignatureVerifier, TestPkiSignatureVerifier>();
        services.AddSingleton<IAccountEventOutbox, RecordingOutbox>();
        services.AddSingleton<ILoginChallengeStore, InMemoryLoginChallengeStore>();
        services.AddSingleton<IProfileStore, InMemoryProfileStore>();
        services.AddSingleton<IPersonStore, InMemoryPersonStore>();
        services.AddSingleton<ISessionStore, InMemorySessionStore>();
        services.AddScoped<IEmployeeStore, InMemoryEmployeeStore>();
        services.AddScoped<IAuditLogStore, InMemoryAuditLogStore>();
        services.AddScoped<IDirectorChangeRequestStore, InMemoryDirectorChangeRequestStore>();
        services.AddScoped<INotificationSettingsStore, InMemoryNotificationSettingsStore>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
