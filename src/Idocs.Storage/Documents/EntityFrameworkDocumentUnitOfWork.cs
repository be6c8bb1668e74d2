using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Folders;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.UnitOfWork;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Idocs.Storage.Workflows;
using Idocs.Workflows;
using Idocs.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>
/// A document action's transaction, built on the route engine's <see cref="EntityFrameworkWorkflowUnitOfWork"/>:
/// the documents stores write into its context, so the route instance, the document, the passport
/// and the outbox rows are committed together or not at all.
/// </summary>
public sealed class EntityFrameworkDocumentUnitOfWork : IDocumentUnitOfWork
{
    private readonly EntityFrameworkWorkflowUnitOfWork _workflow;
    private readonly EntityFrameworkOutbox _outbox;

    internal EntityFrameworkDocumentUnitOfWork(EntityFrameworkWorkflowUnitOfWork workflow, TimeProvider clock)
    {
        _workflow = workflow;
        var dbContext = workflow.DbContext;
        Documents = new EntityFrameworkDocumentStore(dbContext, clock);
        Passport = new EntityFrameworkPassportStore(dbContext, clock);
        LinkTokens = new EntityFrameworkLinkTokenStore(dbContext);
        Folders = new EntityFrameworkFolderStore(dbContext);
        _outbox = new EntityFrameworkOutbox(dbContext, clock);
    }

    public IDocumentStore Documents { get; }

    public IPassportStore Passport { get; }

    public ILinkTokenStore LinkTokens { get; }

    public IFolderStore Folders { get; }

    public IWorkflowUnitOfWork Workflow => _workflow;

    /// <summary>The shared context, for storage code that adds rows of its own area to this transaction.</summary>
    public IdocsDbContext DbContext => _workflow.DbContext;

    public async Task<Document?> LockDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (DbContext.Database.IsNpgsql())
        {
            // Locks the row, if any, before it is read, so the read below sees the latest commit.
            await DbContext.Database.ExecuteSqlAsync($"SELECT id FROM documents WHERE id = {documentId} FOR UPDATE", cancellationToken);
        }

        return await Documents.FindAsync(documentId, cancellationToken);
    }

    public void EnqueueMessage<TPayload>(string type, TPayload payload) => _outbox.Enqueue(type, payload);

    public async Task<Result> CommitAsync(CancellationToken cancellationToken)
    {
        var committed = await _workflow.CommitAsync(cancellationToken);
        if (committed.IsSuccess || committed.Error.Code != WorkflowErrorCodes.Conflict)
        {
            return committed;
        }

        return Result.Failure(CommonErrorCodes.ConcurrencyConflict, committed.Error.Message);
    }

    public ValueTask DisposeAsync() => _workflow.DisposeAsync();
}
