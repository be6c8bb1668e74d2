using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Folders;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Statuses;
using Idocs.Documents.UnitOfWork;
using Idocs.Storage.Documents;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Idocs.Storage.Tests.Workflows;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Documents;

public abstract class DocumentStorageTests(StorageDatabaseFixture database)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_StoredDocument_RoundTripsEveryField()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var document = TestDocumentData.Outgoing(profileId);
        var employeeId = Guid.NewGuid();
        Assert.True(document.Grant(employeeId, AccessMode.Editor).IsSuccess);
        var expected = document.ToSnapshot();

        await using (var scope = harness.Scope(profileId))
        {
            var added = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, Token);
            Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Error!.Message);
        }

        await using var reader = harness.Scope(profileId);
        var found = await reader.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(document.Id, Token);

        Assert.NotNull(found);
        var actual = found.ToSnapshot();
        Assert.Equal(1, actual.Version);
        Assert.Equal(expected with { Version = 1, Files = actual.Files, Grants = actual.Grants, Signatures = actual.Signatures, FreeFields = actual.FreeFields, Counterparties = actual.Counterparties }, actual);
        Assert.Equal(expected.Files, actual.Files);
        Assert.Equal(expected.Grants, actual.Grants);
        Assert.Equal(expected.FreeFields, actual.FreeFields);
        Assert.Equal(expected.Counterparties, actual.Counterparties);
        Assert.Equal(expected.Amount, actual.Amount);
    }

    [Fact]
    public async Task UpdateAsync_SignedDocument_StoresSignaturesStatusAndNewVersion()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        await using var scope = harness.Scope(profileId);
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var created = TestDocumentData.Outgoing(profileId);
        await store.AddAsync(created, Token);
        var document = (await store.FindAsync(created.Id, Token))!;
        Assert.True(document.StartSigning().IsSuccess);
        var signature = TestDocumentData.OwnerSignature(document, TestDocumentData.DirectorIin);
        Assert.True(document.RecordSignature(signature).IsSuccess);
        Assert.True(document.CompleteOwnSigning().IsSuccess);

        var updated = await store.UpdateAsync(document, Token);

        Assert.True(updated.IsSuccess, updated.IsSuccess ? null : updated.Error!.Message);
        Assert.Equal(2, updated.Value);
        var stored = (await store.FindAsync(created.Id, Token))!;
        Assert.Equal(DocumentStatus.SignedAndSent, stored.Status);
        Assert.Equal(2, stored.Version);
        Assert.Equal([signature], stored.Signatures);
        Assert.Equal(created.Files, stored.Files);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ReturnsConflictAndStoresNothing()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        await using var scope = harness.Scope(profileId);
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var created = TestDocumentData.Outgoing(profileId);
        await store.AddAsync(created, Token);
        Assert.True(created.StartSigning().IsSuccess);

        var updated = await store.UpdateAsync(created, Token);

        Assert.Equal(CommonErrorCodes.ConcurrencyConflict, updated.Error!.Code);
        Assert.Equal(DocumentStatus.Draft, (await store.FindAsync(created.Id, Token))!.Status);
    }

    [Fact]
    public async Task AddAsync_NumberUsedTwiceInProfile_ReturnsInvalidInput()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        await using var scope = harness.Scope(profileId);
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        await store.AddAsync(TestDocumentData.Outgoing(profileId, "N-7"), Token);

        var second = await store.AddAsync(TestDocumentData.Outgoing(profileId, "N-7"), Token);

        Assert.Equal(CommonErrorCodes.InvalidInput, second.Error!.Code);
        Assert.Contains("N-7", second.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentSignaturesOfSameDocument_RecordsExactlyOne()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var created = TestDocumentData.Outgoing(profileId);
        await using (var setup = harness.Scope(profileId))
        {
            var store = setup.ServiceProvider.GetRequiredService<IDocumentStore>();
            await store.AddAsync(created, Token);
            var document = (await store.FindAsync(created.Id, Token))!;
            document.StartSigning();
            await store.UpdateAsync(document, Token);
        }

        // Both requests read the same version before either writes, as two signers pressing
        // "sign" at the same moment do.
        await using var first = harness.Scope(profileId);
        await using var second = harness.Scope(profileId);
        var firstStore = first.ServiceProvider.GetRequiredService<IDocumentStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<IDocumentStore>();
        var firstCopy = (await firstStore.FindAsync(created.Id, Token))!;
        var secondCopy = (await secondStore.FindAsync(created.Id, Token))!;
        Assert.True(firstCopy.RecordSignature(TestDocumentData.OwnerSignature(firstCopy, TestDocumentData.DirectorIin)).IsSuccess);
        Assert.True(secondCopy.RecordSignature(TestDocumentData.OwnerSignature(secondCopy, TestDocumentData.AccountantIin)).IsSuccess);

        var results = await Task.WhenAll(
            Task.Run(() => firstStore.UpdateAsync(firstCopy, Token), Token),
            Task.Run(() => secondStore.UpdateAsync(secondCopy, Token), Token));

        Assert.Single(results, result => result.IsSuccess);
        Assert.Single(results, result => !result.IsSuccess && result.Error!.Code == CommonErrorCodes.ConcurrencyConflict);
        await using var reader = harness.Scope(profileId);
        var stored = (await reader.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(created.Id, Token))!;
        Assert.Single(stored.Signatures);
        Assert.Equal(3, stored.Version);
    }

    [Fact]
    public async Task LockDocumentAsync_SameSignerTwiceAtOnce_RecordsOneSignature()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var created = TestDocumentData.Outgoing(profileId);
        await using (var setup = harness.Scope(profileId))
        {
            var store = setup.ServiceProvider.GetRequiredService<IDocumentStore>();
            await store.AddAsync(created, Token);
            var document = (await store.FindAsync(created.Id, Token))!;
            document.StartSigning();
            await store.UpdateAsync(document, Token);
        }

        var results = await Task.WhenAll(
            Task.Run(() => SignInUnitOfWorkAsync(harness, profileId, created.Id), Token),
            Task.Run(() => SignInUnitOfWorkAsync(harness, profileId, created.Id), Token));

        Assert.Single(results, result => result.IsSuccess);
        Assert.Single(results, result => !result.IsSuccess
            && result.Error!.Code is DocumentErrorCodes.AlreadySigned or CommonErrorCodes.ConcurrencyConflict);
        await using var reader = harness.Scope(profileId);
        var stored = (await reader.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(created.Id, Token))!;
        Assert.Single(stored.Signatures);
        var passport = await reader.ServiceProvider.GetRequiredService<IPassportStore>().ListAsync(created.Id, Token);
        Assert.Single(passport);
    }

    [Fact]
    public async Task CommitAsync_RouteDocumentPassportAndOutbox_AreWrittenTogether()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var definitionId = await AddRouteDefinitionAsync(harness);
        var profileId = Guid.NewGuid();
        var document = TestDocumentData.Outgoing(profileId);
        Guid instanceId;
        Guid messageId = Guid.Empty;

        await using (var scope = harness.Scope(profileId))
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDocumentUnitOfWorkFactory>();
            await using var unitOfWork = await factory.BeginAsync(Token);
            instanceId = await WriteActionAsync(scope.ServiceProvider, unitOfWork, document, definitionId);
            messageId = ((EntityFrameworkDocumentUnitOfWork)unitOfWork).DbContext.ChangeTracker.Entries<OutboxMessage>().Single().Entity.Id;

            var committed = await unitOfWork.CommitAsync(Token);

            Assert.True(committed.IsSuccess, committed.IsSuccess ? null : committed.Error!.Message);
        }

        await using var reader = harness.Scope(profileId);
        Assert.NotNull(await reader.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(document.Id, Token));
        var passport = await reader.ServiceProvider.GetRequiredService<IPassportStore>().ListAsync(document.Id, Token);
        Assert.Equal([PassportEventType.Created, PassportEventType.RouteChanged], passport.Select(passportEvent => passportEvent.Type));
        var head = await reader.ServiceProvider.GetRequiredService<IPassportStore>().FindHeadAsync(document.Id, Token);
        Assert.True(PassportVerifier.Verify(document.Id, passport, head).IsIntact);
        Assert.NotNull(await reader.ServiceProvider.GetRequiredService<EntityFrameworkWorkflowStore>().GetInstanceAsync(instanceId, Token));
        var dbContext = reader.ServiceProvider.GetRequiredService<IdocsDbContext>();
        Assert.True(await dbContext.OutboxMessages.AnyAsync(message => message.Id == messageId, Token));
    }

    [Fact]
    public async Task DisposeAsync_WithoutCommit_LeavesNoRouteDocumentPassportOrOutbox()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var definitionId = await AddRouteDefinitionAsync(harness);
        var profileId = Guid.NewGuid();
        var document = TestDocumentData.Outgoing(profileId);
        Guid instanceId;
        Guid messageId;

        await using (var scope = harness.Scope(profileId))
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDocumentUnitOfWorkFactory>();
            await using var unitOfWork = await factory.BeginAsync(Token);
            instanceId = await WriteActionAsync(scope.ServiceProvider, unitOfWork, document, definitionId);
            messageId = ((EntityFrameworkDocumentUnitOfWork)unitOfWork).DbContext.ChangeTracker.Entries<OutboxMessage>().Single().Entity.Id;

            // The action ends here without a commit, as after a refused step.
        }

        await using var reader = harness.Scope(profileId);
        Assert.Null(await reader.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(document.Id, Token));
        var dbContext = reader.ServiceProvider.GetRequiredService<IdocsDbContext>();
        Assert.False(await dbContext.Set<PassportEventRow>().AnyAsync(row => row.DocumentId == document.Id, Token));
        Assert.False(await dbContext.Set<PassportHeadRow>().AnyAsync(row => row.DocumentId == document.Id, Token));
        Assert.Null(await reader.ServiceProvider.GetRequiredService<EntityFrameworkWorkflowStore>().GetInstanceAsync(instanceId, Token));
        Assert.False(await dbContext.OutboxMessages.AnyAsync(message => message.Id == messageId, Token));
    }

    [Fact]
    public async Task AppendAsync_SameSequenceTwice_ReturnsConflict()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        await using var scope = harness.Scope(profileId);
        var document = TestDocumentData.Outgoing(profileId);
        await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, Token);
        var passport = scope.ServiceProvider.GetRequiredService<IPassportStore>();
        var first = PassportChain.Append(document.Id, null, Entry(PassportEventType.Created));
        var rival = PassportChain.Append(document.Id, null, Entry(PassportEventType.Viewed));
        await passport.AppendAsync(first, Token);

        var appended = await passport.AppendAsync(rival, Token);

        Assert.Equal(CommonErrorCodes.ConcurrencyConflict, appended.Error!.Code);
        Assert.Equal([first], await passport.ListAsync(document.Id, Token));
    }

    [Fact]
    public async Task ConsumeAsync_TwoRequestsAtOnce_OnlyOneUsesTheLink()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var documentId = Guid.NewGuid();
        IssuedLink issued;
        await using (var scope = harness.Scope(null))
        {
            var links = new LinkAccessService(scope.ServiceProvider.GetRequiredService<ILinkTokenStore>(), TimeProvider.System);
            issued = (await links.IssueAsync(documentId, "Buyer@Example.kz", TimeSpan.FromDays(1), Token)).Value!;
        }

        // Both requests find the unused token before either marks it used.
        var rendezvous = new Rendezvous(2);
        await using var firstScope = harness.Scope(null);
        await using var secondScope = harness.Scope(null);
        var first = new LinkAccessService(new RendezvousLinkTokenStore(firstScope.ServiceProvider.GetRequiredService<ILinkTokenStore>(), rendezvous), TimeProvider.System);
        var second = new LinkAccessService(new RendezvousLinkTokenStore(secondScope.ServiceProvider.GetRequiredService<ILinkTokenStore>(), rendezvous), TimeProvider.System);

        var results = await Task.WhenAll(
            Task.Run(() => first.ConsumeAsync(documentId, issued.Token, Token), Token),
            Task.Run(() => second.ConsumeAsync(documentId, issued.Token, Token), Token));

        Assert.Single(results, result => result.IsSuccess);
        Assert.Single(results, result => !result.IsSuccess && result.Error!.Code == LinkAccessErrorCodes.Used);
        await using var laterScope = harness.Scope(null);
        var later = new LinkAccessService(laterScope.ServiceProvider.GetRequiredService<ILinkTokenStore>(), TimeProvider.System);
        Assert.Equal(LinkAccessErrorCodes.Used, (await later.ConsumeAsync(documentId, issued.Token, Token)).Error!.Code);
    }

    [Fact]
    public async Task FindAsync_OtherProfilesDocument_IsHidden()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var ownerId = Guid.NewGuid();
        var document = TestDocumentData.Outgoing(ownerId);
        await using (var owner = harness.Scope(ownerId))
        {
            await owner.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, Token);
            await owner.ServiceProvider.GetRequiredService<IPassportStore>()
                .AppendAsync(PassportChain.Append(document.Id, null, Entry(PassportEventType.Created)), Token);
        }

        await using var other = harness.Scope(Guid.NewGuid());
        await using var anonymous = harness.Scope(null);
        var otherStore = other.ServiceProvider.GetRequiredService<IDocumentStore>();

        Assert.Null(await otherStore.FindAsync(document.Id, Token));
        Assert.Null(await anonymous.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(document.Id, Token));
        Assert.Empty(await other.ServiceProvider.GetRequiredService<IPassportStore>().ListAsync(document.Id, Token));
        Assert.False(await other.ServiceProvider.GetRequiredService<IdocsDbContext>().Set<DocumentRow>().AnyAsync(row => row.Id == document.Id, Token));
        Assert.Equal(CommonErrorCodes.NotFound, (await otherStore.UpdateAsync(document, Token)).Error!.Code);
        Assert.Equal(ownerId, await anonymous.ServiceProvider.GetRequiredService<IDocumentOwnerLookup>().FindOwnerProfileIdAsync(document.Id, Token));
    }

    [Fact]
    public async Task AddAsync_OutsideAnyProfile_ReturnsNoProfileSelected()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        await using var anonymous = harness.Scope(null);

        var added = await anonymous.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(TestDocumentData.Outgoing(Guid.NewGuid()), Token);

        Assert.Equal(Idocs.Documents.AccountsErrorCodes.NoProfileSelected, added.Error!.Code);
    }

    [Fact]
    public async Task AddAsync_FolderNameDifferingOnlyInCase_ReturnsDuplicateName()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        await using var scope = harness.Scope(profileId);
        var folders = scope.ServiceProvider.GetRequiredService<IFolderStore>();
        var parent = Folder.Create(Guid.NewGuid(), profileId, "Договоры", null).Value!;
        Assert.True((await folders.AddAsync(parent, Token)).IsSuccess);
        Assert.True((await folders.AddAsync(Folder.Create(Guid.NewGuid(), profileId, "Акты", parent.Id).Value!, Token)).IsSuccess);

        var topDuplicate = await folders.AddAsync(Folder.Create(Guid.NewGuid(), profileId, "ДОГОВОРЫ", null).Value!, Token);
        var childDuplicate = await folders.AddAsync(Folder.Create(Guid.NewGuid(), profileId, "акты", parent.Id).Value!, Token);

        Assert.Equal(FolderErrorCodes.DuplicateName, topDuplicate.Error!.Code);
        Assert.Equal(FolderErrorCodes.DuplicateName, childDuplicate.Error!.Code);
        Assert.Equal(parent, await folders.FindAsync(parent.Id, Token));
        await using var other = harness.Scope(Guid.NewGuid());
        Assert.Null(await other.ServiceProvider.GetRequiredService<IFolderStore>().FindAsync(parent.Id, Token));
    }

    private static PassportEntry Entry(PassportEventType type) => new()
    {
        Type = type,
        Actor = new ActorSnapshot(Guid.NewGuid(), "Иванов Иван", TestDocumentData.DirectorIin),
        OccurredAt = TestDocumentData.Now.AddTicks(7),
        IpAddress = "127.0.0.1",
        PayloadJson = """{"note":"тест"}""",
    };

    private static async Task<string> AddRouteDefinitionAsync(DocumentStorageHarness harness)
    {
        var definitionId = $"documents-route-{Guid.NewGuid():N}";
        await using var scope = harness.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>()
            .AddAsync(TestWorkflows.SingleApproval(definitionId), Token);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Error!.Message);
        return definitionId;
    }

    /// <summary>One signing action by the director: lock, record the signature, write the passport event, commit.</summary>
    private static async Task<Result> SignInUnitOfWorkAsync(DocumentStorageHarness harness, Guid profileId, Guid documentId)
    {
        await using var scope = harness.Scope(profileId);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IDocumentUnitOfWorkFactory>().BeginAsync(Token);
        var document = await unitOfWork.LockDocumentAsync(documentId, Token);
        Assert.NotNull(document);
        var recorded = document.RecordSignature(TestDocumentData.OwnerSignature(document, TestDocumentData.DirectorIin));
        if (!recorded.IsSuccess)
        {
            return recorded;
        }

        var updated = await unitOfWork.Documents.UpdateAsync(document, Token);
        if (!updated.IsSuccess)
        {
            return updated.Error!;
        }

        var written = await new PassportWriter(unitOfWork.Passport).WriteAsync(documentId, Entry(PassportEventType.SignatureAccepted), Token);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        return await unitOfWork.CommitAsync(Token);
    }

    /// <summary>One user action: create the document, start its route, write two passport events and queue a mail.</summary>
    private static async Task<Guid> WriteActionAsync(IServiceProvider services, IDocumentUnitOfWork unitOfWork, Document document, string definitionId)
    {
        Assert.True((await unitOfWork.Documents.AddAsync(document, Token)).IsSuccess);
        var started = await services.GetRequiredService<WorkflowEngine>()
            .StartInAsync(unitOfWork.Workflow, new StartRequest(definitionId, Actor.User("author")), Token);
        Assert.True(started.IsSuccess, started.IsSuccess ? null : started.Error!.Message);
        var writer = new PassportWriter(unitOfWork.Passport);
        Assert.True((await writer.WriteAsync(document.Id, Entry(PassportEventType.Created), Token)).IsSuccess);
        Assert.True((await writer.WriteAsync(document.Id, Entry(PassportEventType.RouteChanged), Token)).IsSuccess);
        unitOfWork.EnqueueMessage("documents.status_changed", new { documentId = document.Id });
        return started.Value.Id;
    }
}
