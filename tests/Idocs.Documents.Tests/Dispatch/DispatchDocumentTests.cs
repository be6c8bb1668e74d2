using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Documents.Tests.Dispatch;

public class DispatchDocumentTests
{
    private static readonly Guid ReceiverProfileId = Guid.Parse("0190f000-0000-7000-8000-00000000b001");
    private static readonly SenderFacts Sender = new("ТОО Отправитель", CounterpartyIdentifierKind.Bin, TestDocuments.CompanyBin);

    private readonly InMemoryDocumentStore _documents = new();
    private readonly InMemoryPassportStore _passport = new();
    private readonly InMemoryLinkTokenStore _tokens = new();
    private readonly FakeDirectoryAndMailer _directory = new();
    private readonly LinkAccessService _links;
    private readonly DispatchDocument _dispatch;

    public DispatchDocumentTests()
    {
        _links = new LinkAccessService(_tokens, TimeProvider.System);
        _dispatch = new DispatchDocument(
            _documents, _passport, _directory, _links, _directory, TimeProvider.System, NullLogger<DispatchDocument>.Instance);
    }

    [Fact]
    public async Task DispatchAsync_RegisteredCounterparty_CreatesDeliveredIncomingCopy()
    {
        _directory.Register(TestDocuments.CounterpartyBin, ReceiverProfileId);
        var document = await StoreSent(TestDocuments.Counterparty());

        var outcome = await _dispatch.DispatchAsync(document.Id, Sender, TestContext.Current.CancellationToken);

        var sent = await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken);
        var copy = await _documents.FindAsync(outcome.Value!.IncomingCopyId!.Value, TestContext.Current.CancellationToken);
        Assert.Equal(DocumentStatus.Delivered, sent!.Status);
        Assert.Equal(DocumentKind.ExternalIncoming, copy!.Kind);
        Assert.Equal(DocumentStatus.Delivered, copy.Status);
        Assert.Equal(ReceiverProfileId, copy.OwnerProfileId);
        Assert.Equal(TestDocuments.CompanyBin, copy.Counterparty!.Identifier);
        Assert.Equal(sent.Files, copy.Files);
    }

    [Fact]
    public async Task DispatchAsync_Twice_SecondRefused()
    {
        _directory.Register(TestDocuments.CounterpartyBin, ReceiverProfileId);
        var document = await StoreSent(TestDocuments.Counterparty());
        await _dispatch.DispatchAsync(document.Id, Sender, TestContext.Current.CancellationToken);

        var second = await _dispatch.DispatchAsync(document.Id, Sender, TestContext.Current.CancellationToken);

        Assert.Equal(DispatchErrorCodes.NotReadyForDispatch, second.Error?.Code);
        Assert.Equal(2, _documents.Count);
    }

    [Fact]
    public async Task DispatchAsync_UnregisteredByEmail_QueuesInvitationWithWorkingLink()
    {
        var counterparty = Counterparty.Create(CounterpartyIdentifierKind.Email, "ivanov@example.kz", "Иванов Иван").Value!;
        var document = await StoreSent(counterparty);

        var outcome = await _dispatch.DispatchAsync(document.Id, Sender, TestContext.Current.CancellationToken);

        var invitation = Assert.Single(_directory.Invitations);
        var opened = await _links.OpenAsync(document.Id, invitation.Token, TestContext.Current.CancellationToken);
        Assert.NotNull(outcome.Value!.LinkTokenId);
        Assert.Equal("ТОО Отправитель", invitation.SenderName);
        Assert.Equal("Иванов Иван", invitation.RecipientName);
        Assert.Equal(document.Title, invitation.DocumentTitle);
        Assert.True(opened.IsSuccess);
        Assert.Equal(PassportEventType.Sent, Assert.Single(await _passport.ListAsync(document.Id, TestContext.Current.CancellationToken)).Type);
    }

    [Fact]
    public async Task DispatchAsync_UnregisteredByBin_RefusedAndUnchanged()
    {
        var document = await StoreSent(TestDocuments.Counterparty());
        var before = TestDocuments.Fingerprint(document);

        var outcome = await _dispatch.DispatchAsync(document.Id, Sender, TestContext.Current.CancellationToken);

        Assert.Equal(DispatchErrorCodes.CounterpartyUnreachable, outcome.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint((await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!));
    }

    [Fact]
    public async Task DispatchAsync_Draft_Refused()
    {
        var document = TestDocuments.Create();
        await _documents.AddAsync(document, TestContext.Current.CancellationToken);

        var outcome = await _dispatch.DispatchAsync(document.Id, Sender, TestContext.Current.CancellationToken);

        Assert.Equal(DispatchErrorCodes.NotReadyForDispatch, outcome.Error?.Code);
    }

    private async Task<Document> StoreSent(Counterparty counterparty)
    {
        var document = Document.Restore(TestDocuments.Create().ToSnapshot() with
        {
            Status = DocumentStatus.SignedAndSent,
            Counterparty = counterparty,
        });
        await _documents.AddAsync(document, TestContext.Current.CancellationToken);
        return (await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!;
    }
}
