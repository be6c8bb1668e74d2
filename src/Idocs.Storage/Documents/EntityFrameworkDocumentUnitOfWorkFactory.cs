using Idocs.Documents.Tenancy;
using Idocs.Documents.UnitOfWork;
using Idocs.Storage.Persistence;
using Idocs.Storage.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>
/// Begins document units of work, each on a context of its own that filters by the request's
/// tenant, so parallel actions never share a change tracker.
/// </summary>
public sealed class EntityFrameworkDocumentUnitOfWorkFactory(
    DbContextOptions<IdocsDbContext> options, ITenantContext tenant, TimeProvider clock) : IDocumentUnitOfWorkFactory
{
    async Task<IDocumentUnitOfWork> IDocumentUnitOfWorkFactory.BeginAsync(CancellationToken cancellationToken) =>
        await BeginAsync(cancellationToken);

    /// <summary>Begins a unit of work typed as the EF one, for storage code that adds rows of its own to the transaction.</summary>
    public async Task<EntityFrameworkDocumentUnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        var dbContext = new IdocsDbContext(options, tenant);
        try
        {
            var workflow = await EntityFrameworkWorkflowUnitOfWork.BeginAsync(dbContext, cancellationToken);
            return new EntityFrameworkDocumentUnitOfWork(workflow, clock);
        }
        catch
        {
            await dbContext.DisposeAsync();
            throw;
        }
    }
}
