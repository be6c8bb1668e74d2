using Idocs.Documents.Dispatch;
using Idocs.Documents.Flow;
using Idocs.Documents.Signing;
using Idocs.Storage.Accounts;
using Idocs.Storage.Billing;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Documents;

public static class DocumentFlowPortsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the accounts and billing lookups that the document flow reads: signers, counterparties
    /// by BIN or IIN, profiles, mail subscribers and the mass action limit. Needs the accounts and
    /// billing registrations.
    /// </summary>
    /// <remarks>
    /// NOTE: dispatch is neither metered (billing's RecordDispatch) nor checked against the plan
    /// (CheckDocumentAccess) yet: the document flow has no port for them, so a counterparty dispatch
    /// does not reach billing.
    /// </remarks>
    public static IServiceCollection AddDocumentFlowPorts(this IServiceCollection services)
    {
        services.AddScoped<IEmployeeFactsPort, AccountsEmployeeFacts>();
        services.AddScoped<ICounterpartyDirectoryPort, AccountsCounterpartyDirectory>();
        services.AddScoped<IProfileFactsPort, AccountsProfileFacts>();
        services.AddScoped<ISubscriberPort, AccountsSubscribers>();
        services.AddScoped<IPlanLimitPort, BillingPlanLimits>();
        return services;
    }
}
