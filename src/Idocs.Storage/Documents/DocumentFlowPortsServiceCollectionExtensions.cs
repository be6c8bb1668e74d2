using Idocs.Documents.Billing;
using Idocs.Documents.Dispatch;
using Idocs.Documents.Flow;
using Idocs.Documents.Signing;
using Idocs.Storage.Accounts;
using Idocs.Storage.Billing;
using Idocs.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Documents;

public static class DocumentFlowPortsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the accounts and billing lookups that the document flow reads: signers, counterparties
    /// by BIN or IIN, profiles, mail subscribers and the mass action limit. Needs the accounts and
    /// billing registrations. Sending is checked against the plan and each dispatched document is
    /// metered through the outbox.
    /// </summary>
    public static IServiceCollection AddDocumentFlowPorts(this IServiceCollection services)
    {
        services.AddScoped<IEmployeeFactsPort, AccountsEmployeeFacts>();
        services.AddScoped<ICounterpartyDirectoryPort, AccountsCounterpartyDirectory>();
        services.AddScoped<IProfileFactsPort, AccountsProfileFacts>();
        services.AddScoped<ISubscriberPort, AccountsSubscribers>();
        services.AddScoped<IPlanLimitPort, BillingPlanLimits>();
        services.AddScoped<ISendingBillingPort, BillingSendingPort>();
        services.AddOutboxHandler<DispatchMeteringOutboxHandler>();
        return services;
    }
}
