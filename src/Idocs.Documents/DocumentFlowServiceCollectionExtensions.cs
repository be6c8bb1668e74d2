using Idocs.Documents.Annulment;
using Idocs.Documents.Billing;
using Idocs.Documents.Deletion;
using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Mail;
using Idocs.Documents.Packages;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Uploads;
using Idocs.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Documents;

/// <summary>Registers the document module's parts of the route engine and its document services.</summary>
public static class DocumentFlowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Dispatch and AwaitCounterparty activity types, which the engine's registry collects
    /// with the built-in ones. Call it next to <c>AddWorkflowEngine</c>, before the shipped route
    /// files load, or files that use these types are rejected.
    /// </summary>
    public static IServiceCollection AddDocumentRouteActivities(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // TryAddEnumerable: AddDocumentFlow calls this too, and a second registration of a type is refused by the engine's registry.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivity, DispatchActivity>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivity, AwaitCounterpartyActivity>());
        return services;
    }

    /// <summary>
    /// Adds the document flow use cases (start route, approve, sign, reject, revoke, remind, mass
    /// actions, delete, deletion requests, packages, annulment, link actions) and the activities. The host also registers the route engine,
    /// <see cref="UnitOfWork.IDocumentUnitOfWorkFactory"/> (storage), <see cref="Uploads.IFileStore"/>, the signature
    /// library (<c>AddIdocsSignatures</c>, which <see cref="CmsSignatureAcceptance"/> uses) and the accounts and billing ports
    /// (<see cref="Signing.IEmployeeFactsPort"/>, <see cref="Dispatch.ICounterpartyDirectoryPort"/>,
    /// <see cref="Flow.IProfileFactsPort"/>, <see cref="Flow.ISubscriberPort"/>, <see cref="Flow.IPlanLimitPort"/>, <see cref="ISendingBillingPort"/>).
    /// </summary>
    public static IServiceCollection AddDocumentFlow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDocumentRouteActivities();
        services.TryAddScoped<DocumentTransactionRunner>();
        services.TryAddSingleton<UploadLimits>();
        services.TryAddSingleton<ContentInspector>();
        services.TryAddScoped<FileUploader>();
        services.TryAddScoped<CreateDocument>();
        services.TryAddScoped<ReadDocument>();
        services.TryAddScoped<DocumentInbox>();
        services.TryAddScoped<StatusNotifier>();
        services.TryAddScoped<CounterpartyDispatch>();
        services.TryAddScoped<CounterpartyReply>();
        services.TryAddScoped<SendingBilling>();
        services.TryAddScoped<RouteProgress>();
        services.TryAddScoped<StartRoute>();
        services.TryAddScoped<ApproveDocument>();
        services.TryAddScoped<SignDocument>();
        services.TryAddScoped<RejectDocument>();
        services.TryAddScoped<RevokeDocument>();
        services.TryAddScoped<SendReminder>();
        services.TryAddScoped<MassActions>();
        services.TryAddScoped<DeleteDocument>();
        services.TryAddScoped<CounterpartyLinkActions>();
        services.TryAddScoped<FileDeletionRequest>();
        services.TryAddScoped<ListDeletionRequests>();
        services.TryAddScoped<DecideDeletionRequest>();
        services.TryAddScoped<CreatePackage>();
        services.TryAddScoped<ReadPackage>();
        services.TryAddScoped<ActOnPackage>();
        services.TryAddScoped<AnnulByAgreement>();
        services.TryAddScoped<ChangeCounterpartyEmail>();
        services.TryAddScoped<ISignatureAcceptancePort, CmsSignatureAcceptance>();
        services.AddOptions<DocumentMailOptions>().BindConfiguration(DocumentMailOptions.SectionName);
        services.TryAddSingleton<DocumentMailRenderer>();
        services.TryAddSingleton<DocumentMailSender>();
        return services;
    }
}
