using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Storage.Persistence;
using Idocs.Storage.Tests.Documents;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Evidence;

/// <summary>
/// A stored passport changed behind the application's back, with raw SQL as someone with database
/// access would, is detected by the chain check, which names the first broken event.
/// </summary>
public sealed class PassportChainTamperTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_EventAlteredInDatabase_NamesThatEvent()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var (profileId, documentId) = await CreateWithPassportAsync(harness, events: 4);

        await ExecuteAsync(harness, "UPDATE passport_events SET actor_name = 'Подменённый Актор' WHERE document_id = {0} AND sequence = 2", documentId);
        var verification = await VerifyAsync(harness, profileId, documentId);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSequence);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HashRewritten_NamesNextEvent()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var (profileId, documentId) = await CreateWithPassportAsync(harness, events: 4);
        var stored = await ListAsync(harness, profileId, documentId);
        var forged = stored[2] with { Actor = stored[2].Actor with { Name = "Подменённый Актор" } };

        // Recomputing the altered event's own hash does not help: the next event links to the old one.
        await ExecuteAsync(harness, "UPDATE passport_events SET actor_name = {1}, hash = {2} WHERE document_id = {0} AND sequence = 3", documentId, forged.Actor.Name, PassportChain.ComputeHash(forged));
        var verification = await VerifyAsync(harness, profileId, documentId);

        Assert.False(verification.IsIntact);
        Assert.Equal(4, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_LastEventDeleted_DetectedThroughHead()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var (profileId, documentId) = await CreateWithPassportAsync(harness, events: 3);

        await ExecuteAsync(harness, "DELETE FROM passport_events WHERE document_id = {0} AND sequence = 3", documentId);
        var verification = await VerifyAsync(harness, profileId, documentId);

        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_UntouchedPassport_IsIntact()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var (profileId, documentId) = await CreateWithPassportAsync(harness, events: 4);

        var verification = await VerifyAsync(harness, profileId, documentId);

        Assert.True(verification.IsIntact, verification.Problem);
    }

    private static async Task<(Guid ProfileId, Guid DocumentId)> CreateWithPassportAsync(DocumentStorageHarness harness, int events)
    {
        var profileId = Guid.CreateVersion7();
        var document = TestDocumentData.Outgoing(profileId);
        await using var scope = harness.Scope(profileId);
        var added = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, Token);
        Assert.True(added.IsSuccess, added.Error?.ToString());
        var writer = new PassportWriter(scope.ServiceProvider.GetRequiredService<IPassportStore>());
        PassportEventType[] types = [PassportEventType.Created, PassportEventType.Approved, PassportEventType.SignatureAccepted, PassportEventType.Sent];
        for (var index = 0; index < events; index++)
        {
            var written = await writer.WriteAsync(document.Id, new PassportEntry
            {
                Type = types[index % types.Length],
                Actor = new ActorSnapshot(Guid.NewGuid(), "Әлия Нұрланова", TestDocumentData.DirectorIin),
                OccurredAt = TestDocumentData.Now.AddMinutes(index),
                PayloadJson = $"{{\"step\":{index}}}",
            }, Token);
            Assert.True(written.IsSuccess, written.Error?.ToString());
        }

        return (profileId, document.Id);
    }

    private static async Task ExecuteAsync(DocumentStorageHarness harness, string sql, params object[] parameters)
    {
        await using var scope = harness.Scope(null);
        var db = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
        var changed = await db.Database.ExecuteSqlRawAsync(sql, parameters, Token);
        Assert.Equal(1, changed);
    }

    private static async Task<IReadOnlyList<PassportEvent>> ListAsync(DocumentStorageHarness harness, Guid profileId, Guid documentId)
    {
        await using var scope = harness.Scope(profileId);
        return await scope.ServiceProvider.GetRequiredService<IPassportStore>().ListAsync(documentId, Token);
    }

    private static async Task<PassportVerification> VerifyAsync(DocumentStorageHarness harness, Guid profileId, Guid documentId)
    {
        await using var scope = harness.Scope(profileId);
        var store = scope.ServiceProvider.GetRequiredService<IPassportStore>();
        var events = await store.ListAsync(documentId, Token);
        var head = await store.FindHeadAsync(documentId, Token);
        return PassportVerifier.Verify(documentId, events, head);
    }
}
