using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Workflows.Persistence;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>
/// Document transactions over the in-memory stores. The engine's unit of work commits atomically;
/// the document, passport and link stores write through at once, and outbox mails appear only after
/// the commit. Rollback of document writes is left to the PostgreSQL tests.
/// </summary>
public sealed class InMemoryDocumentTransactionFactory(
    IWorkflowStore workflows,
    InMemoryDocumentStore documents,
    InMemoryPassportStore passport,
    InMemoryLinkTokenStore links,
    RecordingDocumentOutbox outbox) : IDocumentTransactionFactory
{
    public async Task<IDocumentTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new Transaction(await workflows.BeginAsync(cancellationToken), documents, passport, links, outbox);

    private sealed class Transaction(
        IWorkflowUnitOfWork workflow, IDocumentStore documents, IPassportStore passport, ILinkTokenStore links, RecordingDocumentOutbox outbox)
        : IDocumentTransaction, IDocumentOutbox
    {
        private readonly List<DocumentMail> _mails = [];

        public IWorkflowUnitOfWork Workflow => workflow;

        public IDocumentStore Documents => documents;

        public IPassportStore Passport => passport;

        public ILinkTokenStore Links => links;

        public IDocumentOutbox Outbox => this;

        public void EnqueueMail(DocumentMail mail) => _mails.Add(mail);

        public async Task<Result> CommitAsync(CancellationToken cancellationToken)
        {
            var committed = await workflow.CommitAsync(cancellationToken);
            if (committed.IsSuccess)
            {
                outbox.AddRange(_mails);
            }

            return committed;
        }

        public ValueTask DisposeAsync() => workflow.DisposeAsync();
    }
}
