using Idocs.Documents.Documents;
using Idocs.Documents.Routes;
using Idocs.Documents.Search;
using Idocs.Testing.Databases;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Documents.Search;

public abstract class InboxQueryTests(StorageDatabaseFixture database)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_ApprovalAndSignature_ListsBothWithCounts()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var employee = Guid.NewGuid();
        var other = Guid.NewGuid();
        var toApprove = await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Approve, [employee, other]), new RouteStage(RouteStepKind.Sign, [other]));
        var toSign = await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Sign, [employee]));
        await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Sign, [other]));
        await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Approve, [other]), new RouteStage(RouteStepKind.Sign, [employee]));

        var page = await ListAsync(harness, profileId, new InboxQuery(employee));
        var signaturesOnly = await ListAsync(harness, profileId, new InboxQuery(employee) { Step = RouteStepKind.Sign });

        Assert.True(page.IsSuccess, page.IsSuccess ? null : page.Error!.Message);
        Assert.Equal([toApprove, toSign], page.Value!.Items.Select(entry => entry.Document.Id));
        Assert.Equal([RouteStepKind.Approve, RouteStepKind.Sign], page.Value.Items.Select(entry => entry.Item.Step));
        Assert.Equal(1, page.Value.ApprovalCount);
        Assert.Equal(1, page.Value.SignatureCount);
        Assert.Null(page.Value.ContinuationToken);
        Assert.Equal([toSign], signaturesOnly.Value!.Items.Select(entry => entry.Document.Id));
        Assert.Equal(1, signaturesOnly.Value.ApprovalCount);
    }

    [Fact]
    public async Task ListAsync_ItemsAddedBetweenPages_NoDuplicatesOrGaps()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var employee = Guid.NewGuid();
        var expected = new List<Guid>();
        for (var index = 0; index < 5; index++)
        {
            expected.Add(await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Approve, [employee]), new RouteStage(RouteStepKind.Sign, [Guid.NewGuid()])));
        }

        var seen = new List<Guid>();
        var added = new List<Guid>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await ListAsync(harness, profileId, new InboxQuery(employee) { PageSize = 2, ContinuationToken = token });
            Assert.True(page.IsSuccess, page.IsSuccess ? null : page.Error!.Message);
            seen.AddRange(page.Value!.Items.Select(entry => entry.Document.Id));
            token = page.Value.ContinuationToken;
            pages++;

            // Items arriving while the employee pages are newer than the cursor, so they come at the end.
            added.Add(await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Sign, [employee])));
        }
        while (token is not null && pages < 10);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected, seen.Take(expected.Count));
        Assert.All(seen.Skip(expected.Count), id => Assert.Contains(id, added));
    }

    [Fact]
    public async Task ListAsync_TamperedContinuationToken_ReturnsInvalidContinuationToken()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var profileId = Guid.NewGuid();
        var employee = Guid.NewGuid();
        await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Approve, [employee]), new RouteStage(RouteStepKind.Sign, [Guid.NewGuid()]));
        await AddWithRouteAsync(harness, profileId, new RouteStage(RouteStepKind.Approve, [employee]), new RouteStage(RouteStepKind.Sign, [Guid.NewGuid()]));
        var first = await ListAsync(harness, profileId, new InboxQuery(employee) { PageSize = 1 });
        var token = first.Value!.ContinuationToken!;

        var otherEmployee = await ListAsync(harness, profileId, new InboxQuery(Guid.NewGuid()) { PageSize = 1, ContinuationToken = token });
        var truncated = await ListAsync(harness, profileId, new InboxQuery(employee) { PageSize = 1, ContinuationToken = token[..^2] });

        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, otherEmployee.Error?.Code);
        Assert.Equal(DocumentSearchErrorCodes.InvalidContinuationToken, truncated.Error?.Code);
    }

    [Fact]
    public async Task ListAsync_OtherProfilesDocument_IsNotListed()
    {
        database.SkipIfUnavailable();
        await using var harness = new DocumentStorageHarness(database);
        var mine = Guid.NewGuid();
        var theirs = Guid.NewGuid();
        var employee = Guid.NewGuid();
        var own = await AddWithRouteAsync(harness, mine, new RouteStage(RouteStepKind.Sign, [employee]));
        await AddWithRouteAsync(harness, theirs, new RouteStage(RouteStepKind.Sign, [employee]));

        var page = await ListAsync(harness, mine, new InboxQuery(employee));

        Assert.Equal([own], page.Value!.Items.Select(entry => entry.Document.Id));
        Assert.Equal(1, page.Value.SignatureCount);
    }

    private static async Task<Guid> AddWithRouteAsync(DocumentStorageHarness harness, Guid profileId, params RouteStage[] stages)
    {
        var document = new SearchTestData().Create(profileId);
        await using var scope = harness.Scope(profileId);
        var added = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, Token);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Error!.Message);

        var built = RouteDefinitionBuilder.Build(document.Id, stages);
        Assert.True(built.IsSuccess, built.IsSuccess ? null : built.Error!.Message);
        var definition = built.Value!;
        var published = await scope.ServiceProvider.GetRequiredService<DefinitionPublisher>().PublishAsync(definition, DefinitionSource.Api, Token);
        Assert.True(published.IsSuccess, published.IsSuccess ? null : published.Error!.Message);
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(
            new StartRequest(definition.Id, Actor.User(document.AuthorId.ToString())) { CorrelationId = document.Id.ToString() },
            cancellationToken: Token);
        Assert.True(started.IsSuccess, started.IsSuccess ? null : started.Error!.Message);
        return document.Id;
    }

    private static async Task<Idocs.Common.Results.Result<InboxPage>> ListAsync(DocumentStorageHarness harness, Guid profileId, InboxQuery query)
    {
        await using var scope = harness.Scope(profileId);
        return await scope.ServiceProvider.GetRequiredService<IInboxQuery>().ListAsync(query, Token);
    }
}
