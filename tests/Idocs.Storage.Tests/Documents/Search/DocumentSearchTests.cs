using Idocs.Common.Results;
using Idocs.Documents;
using Idocs.Documents.Documents;
using Idocs.Documents.Search;
using Idocs.Documents.Statuses;
using Idocs.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Documents.Search;

public abstract class DocumentSearchTests(StorageDatabaseFixture database)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchAsync_EachSection_ReturnsOnlyItsDocuments()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var outgoing = await AddAsync(harness, profileId, new SearchTestData());
        var internalDocument = await AddAsync(harness, profileId, new SearchTestData { Kind = DocumentKind.Internal });
        var newIncoming = await AddAsync(harness, profileId, new SearchTestData { Kind = DocumentKind.ExternalIncoming });
        var viewedIncoming = await AddAsync(harness, profileId, new SearchTestData { Kind = DocumentKind.ExternalIncoming }, document => document.MarkViewedByCounterparty());

        var all = await IdsAsync(harness, profileId, new DocumentSearchQuery());
        var outgoingIds = await IdsAsync(harness, profileId, new DocumentSearchQuery { Section = DocumentSection.Outgoing });
        var internalIds = await IdsAsync(harness, profileId, new DocumentSearchQuery { Section = DocumentSection.Internal });
        var incomingIds = await IdsAsync(harness, profileId, new DocumentSearchQuery { Section = DocumentSection.Incoming });
        var newIncomingIds = await IdsAsync(harness, profileId, new DocumentSearchQuery { Section = DocumentSection.NewIncoming });

        Assert.Equal(Sorted(outgoing, internalDocument, newIncoming, viewedIncoming), Sorted([.. all]));
        Assert.Equal([outgoing], outgoingIds);
        Assert.Equal([internalDocument], internalIds);
        Assert.Equal(Sorted(newIncoming, viewedIncoming), Sorted([.. incomingIds]));
        Assert.Equal([newIncoming], newIncomingIds);
    }

    [Fact]
    public async Task SearchAsync_EachFilter_ReturnsOnlyMatchingDocuments()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var author = Guid.NewGuid();
        var plain = await AddAsync(harness, profileId, new SearchTestData { Title = "Акт сверки", Amount = 10m, Date = new DateOnly(2026, 1, 10) });
        var signing = await AddAsync(harness, profileId, new SearchTestData { Title = "Счёт на оплату", Amount = 500m }, document => document.StartSigning());
        var byAuthor = await AddAsync(harness, profileId, new SearchTestData { AuthorId = author, Title = "Договор аренды 100%_полный" });
        var byNumber = await AddAsync(harness, profileId, new SearchTestData { Number = "ДС-42/7", Title = "Дополнительное соглашение" });
        var otherCounterparty = await AddAsync(harness, profileId, new SearchTestData { CounterpartyBin = SearchTestData.OtherBin, CounterpartyName = "АО «Береке Банк»", Title = "Письмо" });
        var internalDocument = await AddAsync(harness, profileId, new SearchTestData { Kind = DocumentKind.Internal, Title = "Приказ об отпуске" });

        Assert.Equal([signing], await IdsAsync(harness, profileId, new DocumentSearchQuery { Status = DocumentStatus.OnSigning }));
        Assert.Equal([otherCounterparty], await IdsAsync(harness, profileId, new DocumentSearchQuery { Counterparty = SearchTestData.OtherBin }));
        Assert.Equal([otherCounterparty], await IdsAsync(harness, profileId, new DocumentSearchQuery { Counterparty = "береке" }));
        Assert.Equal([plain], await IdsAsync(harness, profileId, new DocumentSearchQuery { DateTo = new DateOnly(2026, 6, 30) }));
        Assert.DoesNotContain(plain, await IdsAsync(harness, profileId, new DocumentSearchQuery { DateFrom = new DateOnly(2026, 6, 30) }));
        Assert.Equal([internalDocument], await IdsAsync(harness, profileId, new DocumentSearchQuery { Kind = DocumentKind.Internal }));
        Assert.Equal([byAuthor], await IdsAsync(harness, profileId, new DocumentSearchQuery { AuthorId = author }));
        Assert.Equal([byNumber], await IdsAsync(harness, profileId, new DocumentSearchQuery { Number = "ДС-42/7" }));
        Assert.Equal([signing], await IdsAsync(harness, profileId, new DocumentSearchQuery { AmountFrom = 100m }));
        Assert.Equal([plain], await IdsAsync(harness, profileId, new DocumentSearchQuery { AmountFrom = 1m, AmountTo = 100m }));
        Assert.Equal([byNumber], await IdsAsync(harness, profileId, new DocumentSearchQuery { TitleText = "СОГЛАШЕНИЕ" }));
        Assert.Equal([byAuthor], await IdsAsync(harness, profileId, new DocumentSearchQuery { TitleText = "100%_" }));
        Assert.Empty(await IdsAsync(harness, profileId, new DocumentSearchQuery { TitleText = "0%x" }));
    }

    [Fact]
    public async Task SearchAsync_CounterpartyFilter_MatchesAnyCounterpartyOfDocument()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var individual = Counterparty.Create(CounterpartyIdentifierKind.Email, "aigerim@example.kz", "Айгерим Сапарова").Value!;
        var second = Counterparty.Create(CounterpartyIdentifierKind.Bin, SearchTestData.OtherBin, "АО «Береке Банк»").Value!;
        var both = await AddAsync(harness, profileId, new SearchTestData { MoreCounterparties = [individual, second] });
        var firstOnly = await AddAsync(harness, profileId, new SearchTestData());

        var byName = await IdsAsync(harness, profileId, new DocumentSearchQuery { Counterparty = "сапарова" });
        var bySecondBin = await IdsAsync(harness, profileId, new DocumentSearchQuery { Counterparty = SearchTestData.OtherBin });
        var byFirstBin = await IdsAsync(harness, profileId, new DocumentSearchQuery { Counterparty = TestDocumentData.CounterpartyBin });

        Assert.Equal([both], byName);
        Assert.Equal([both], bySecondBin);
        Assert.Equal(Sorted(both, firstOnly), Sorted([.. byFirstBin]));
    }

    [Fact]
    public async Task SearchAsync_RowsInsertedBetweenPages_NoDuplicatesOrGaps()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var expected = new List<Guid>();
        for (var index = 0; index < 7; index++)
        {
            // Two rows share each creation time, so the id has to break the tie.
            var createdAt = TestDocumentData.Now.AddMinutes(index / 2);
            expected.Add(await AddAsync(harness, profileId, new SearchTestData { CreatedAt = createdAt }));
        }

        var seen = new List<Guid>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(harness, profileId, new DocumentSearchQuery { PageSize = 2, ContinuationToken = token });
            Assert.True(page.IsSuccess, page.IsSuccess ? null : page.Error!.Message);
            seen.AddRange(page.Value!.Items.Select(item => item.Id));
            token = page.Value.ContinuationToken;
            pages++;

            // A newer document appears after the first page: it belongs before the cursor, so it must not shift later pages.
            await AddAsync(harness, profileId, new SearchTestData { CreatedAt = TestDocumentData.Now.AddHours(pages) });
        }
        while (token is not null);

        Assert.Equal(4, pages);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Sorted([.. expected]), Sorted([.. seen]));
    }

    [Fact]
    public async Task SearchAsync_TamperedContinuationToken_ReturnsInvalidContinuationToken()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        for (var index = 0; index < 3; index++)
        {
            await AddAsync(harness, profileId, new SearchTestData { CreatedAt = TestDocumentData.Now.AddMinutes(index) });
        }

        var first = await SearchAsync(harness, profileId, new DocumentSearchQuery { PageSize = 1 });
        var token = first.Value!.ContinuationToken!;
        var flipped = (token[5] == 'A' ? 'B' : 'A') + string.Empty;
        var tampered = token[..5] + flipped + token[6..];

        var altered = await SearchAsync(harness, profileId, new DocumentSearchQuery { PageSize = 1, ContinuationToken = tampered });
        var garbage = await SearchAsync(harness, profileId, new DocumentSearchQuery { PageSize = 1, ContinuationToken = "'; drop table documents; --" });
        var otherQuery = await SearchAsync(harness, profileId, new DocumentSearchQuery { PageSize = 1, Section = DocumentSection.Internal, ContinuationToken = token });
        var otherProfile = await SearchAsync(harness, Guid.NewGuid(), new DocumentSearchQuery { PageSize = 1, ContinuationToken = token });

        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, altered.Error?.Code);
        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, garbage.Error?.Code);
        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, otherQuery.Error?.Code);
        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, otherProfile.Error?.Code);
        Assert.Contains("first page", altered.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_OtherProfilesDocuments_AreNeverReturned()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var mine = Guid.NewGuid();
        var theirs = Guid.NewGuid();
        var own = await AddAsync(harness, mine, new SearchTestData { Number = "SAME-1" });
        await AddAsync(harness, theirs, new SearchTestData { Number = "SAME-1" });
        await AddAsync(harness, theirs, new SearchTestData { Number = "SAME-2" });

        var all = await IdsAsync(harness, mine, new DocumentSearchQuery());
        var byNumber = await IdsAsync(harness, mine, new DocumentSearchQuery { Number = "SAME-2" });
        var byCounterparty = await IdsAsync(harness, mine, new DocumentSearchQuery { Counterparty = TestDocumentData.CounterpartyBin });

        Assert.Equal([own], all);
        Assert.Empty(byNumber);
        Assert.Equal([own], byCounterparty);
    }

    [Fact]
    public async Task SearchAsync_OutsideAnyProfile_ReturnsNoProfileSelected()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);

        var result = await SearchAsync(harness, null, new DocumentSearchQuery());

        Assert.Equal(AccountsErrorCodes.NoProfileSelected, result.Error?.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DocumentSearchQuery.MaxPageSize + 1)]
    public async Task SearchAsync_PageSizeOutOfRange_ReturnsInvalidFilter(int pageSize)
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);

        var result = await SearchAsync(harness, Guid.NewGuid(), new DocumentSearchQuery { PageSize = pageSize });

        Assert.Equal(DocumentSearchErrorCodes.InvalidFilter, result.Error?.Code);
    }

    private static async Task<Guid> AddAsync(DocumentStorageHarness harness, Guid profileId, SearchTestData data, Func<Document, Result>? change = null)
    {
        var document = data.Create(profileId);
        if (change is not null)
        {
            var changed = change(document);
            Assert.True(changed.IsSuccess, changed.IsSuccess ? null : changed.Error!.Message);
        }

        await using var scope = harness.Scope(profileId);
        var added = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, Token);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Error!.Message);
        return document.Id;
    }

    private static async Task<Result<DocumentSearchPage>> SearchAsync(DocumentStorageHarness harness, Guid? profileId, DocumentSearchQuery query)
    {
        await using var scope = harness.Scope(profileId);
        return await scope.ServiceProvider.GetRequiredService<IDocumentSearch>().SearchAsync(query, Token);
    }

    private static async Task<List<Guid>> IdsAsync(DocumentStorageHarness harness, Guid profileId, DocumentSearchQuery query)
    {
        var page = await SearchAsync(harness, profileId, query);
        Assert.True(page.IsSuccess, page.IsSuccess ? null : page.Error!.Message);
        return page.Value!.Items.Select(item => item.Id).ToList();
    }

    private static List<Guid> Sorted(params Guid[] ids) => [.. ids.Order()];
}
