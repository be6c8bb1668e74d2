using Idocs.Documents.Billing;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Folders;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.UnitOfWork;
using Idocs.Workflows.Persistence;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>
/// Document units of work over the in-memory stores. The engine's unit of work commits atomically;
/// the document, passport and link stores write through at once, and outbox mails appear only after
/// the commit. Rollback of document writes and tenant filtering are left to the PostgreSQL tests.
/// </summary>
public sealed class InMemoryDocumentTransactionFactory(
    IWorkflowStore workflows,
    InMemoryDocumentStore documents,
    InMemoryPassportStore passport,
    InMemoryLinkTokenStore links,
    RecordingDocumentOutbox outbox) : IDocumentUnitOfWorkFactory, IDocumentOwnerLookup
{
    public async Task<IDocumentUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        new Transaction(await workflows.BeginAsync(cancellationToken), documents, passport, links, outbox);

    public async Task<Guid?> FindOwnerProfileIdAsync(Guid documentId, CancellationToken cancellationToken) =>
        (await documents.FindAsync(documentId, cancellationToken))?.OwnerProfileId;

    private sealed class Transaction(
        IWorkflowUnitOfWork workflow, IDocumentStore documents, IPassportStore passport, ILinkTokenStore links, RecordingDocumentOutbox outbox)
        : IDocumentUnitOfWork
    {
        private readonly List<DocumentMail> _mails = [];
        private readonly List<MeteredDispatch> _metered = [];

        public IWorkflowUnitOfWork Workflow => workflow;

        public IDocumentStore Documents => documents;

        public IPassportStore Passport => passport;

        public ILinkTokenStore LinkTokens => links;

        public IFolderStore Folders => throw new NotSupportedException("The flow tests use no folders.");

        public Task<Document?> LockDocumentAsync(Guid documentId, CancellationToken cancellationToken) => documents.FindAsync(documentId, cancellationToken);

        public void EnqueueMessage<TPayload>(string type, TPayload payload)
        {
            if (type == MeteredDispatch.OutboxType)
            {
                _metered.Add(Assert.IsType<MeteredDispatch>(payload));
                return;
            }

            Assert.Equal(DocumentMail.OutboxType, type);
            _mails.Add(Assert.IsType<DocumentMail>(payload));
        }

        public async Task<Result> CommitAsync(CancellationToken cancellationToken)
        {
            var committed = await workflow.CommitAsync(cancellationToken);
            if (committed.IsSuccess)
            {
                outbox.AddRange(_mails);
                outbox.AddMetered(_metered);
            }

            return committed;
        }

        public ValueTask DisposeAsync() => workflow.DisposeAsync();
    }
}
