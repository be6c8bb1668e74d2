using Idocs.Documents.Deletion;
using Idocs.Documents.Documents;
using Idocs.Documents.Folders;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Packages;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Search;
using Idocs.Documents.Tenancy;
using Idocs.Documents.UnitOfWork;
using Idocs.Storage.Documents.Inbox;
using Idocs.Storage.Documents.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using DocumentsFileStore = Idocs.Documents.Uploads.IFileStore;
using StorageFileStore = Idocs.Storage.Files.IFileStore;

namespace Idocs.Storage.Documents;

public static class DocumentStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the documents area's stores over the request's context (scoped), the
    /// <see cref="IDocumentUnitOfWorkFactory"/> for one-transaction actions, the
    /// <see cref="IDocumentOwnerLookup"/>, the search and inbox queries, and the documents' file port over the storage file store.
    /// Call after <c>AddIdocsStorage</c>; the file port needs <c>AddIdocsFileStore</c> too. Registers
    /// the scoped <see cref="TenantContext"/> unless it is registered already.
    /// </summary>
    public static IServiceCollection AddIdocsDocumentsStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<TenantContext>();
        services.TryAddScoped<ITenantContext>(provider => provider.GetRequiredService<TenantContext>());

        services.AddScoped<IDocumentStore, EntityFrameworkDocumentStore>();
        services.AddScoped<IPassportStore, EntityFrameworkPassportStore>();
        services.AddScoped<ILinkTokenStore, EntityFrameworkLinkTokenStore>();
        services.AddScoped<IFolderStore, EntityFrameworkFolderStore>();
        services.AddScoped<IDeletionRequestStore, EntityFrameworkDeletionRequestStore>();
        services.AddScoped<IPackageStore, EntityFrameworkPackageStore>();
        services.AddScoped<IDocumentOwnerLookup, EntityFrameworkDocumentOwnerLookup>();
        services.AddScoped<IDocumentSearch, EntityFrameworkDocumentSearch>();
        services.AddScoped<IInboxQuery, EntityFrameworkInboxQuery>();
        services.AddScoped<EntityFrameworkDocumentUnitOfWorkFactory>();
        services.AddScoped<IDocumentUnitOfWorkFactory>(provider => provider.GetRequiredService<EntityFrameworkDocumentUnitOfWorkFactory>());
        services.AddSingleton<DocumentsFileStore>(provider => new DocumentFileStore(provider.GetRequiredService<StorageFileStore>()));
        return services;
    }
}
