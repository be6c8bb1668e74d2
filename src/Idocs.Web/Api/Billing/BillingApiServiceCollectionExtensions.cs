using Idocs.Documents.Employees;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Billing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Web.Api.Billing;

public static class BillingApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers billing with its EF stores and the caller resolver of the billing API. The resolver
    /// and the company directory are built from the accounts area's stores when first used, so the
    /// host starts even before those stores are registered. A billing call then fails naming the
    /// missing service.
    /// </summary>
    public static IServiceCollection AddIdocsBilling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<BillingApiOptions>(configuration.GetSection(BillingApiOptions.SectionName));
        services.TryAddScoped<IBillingCompanyDirectory>(provider => new DocumentsBillingCompanyDirectory(
            provider.GetRequiredService<Idocs.Documents.Profiles.IProfileStore>(),
            provider.GetRequiredService<IEmployeeStore>(),
            provider.GetRequiredService<ITenantContext>()));
        services.TryAddScoped<IBillingCallerResolver>(provider => new ProfileBillingCallerResolver(
            provider.GetService<ProfileAuthorizer>()
                ?? new ProfileAuthorizer(provider.GetRequiredService<ITenantContext>(), provider.GetRequiredService<IEmployeeStore>()),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BillingApiOptions>>()));
        services.AddIdocsBillingStorage(configuration);
        return services;
    }
}
