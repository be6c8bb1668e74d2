using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;

namespace Idocs.Workflows.Tests.Designer;

public class DesignerServiceTests
{
    private readonly DesignerFixture _fixture = new();

    private DesignerService Service => _fixture.Service;

    [Fact]
    public async Task Publish_ValidDraft_CreatesVersionOneAndRemovesDraft()
    {
        var token = TestContext.Current.CancellationToken;
        var draft = await Service.CreateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, DesignerFixture.AmountRoute(), token);

        var published = await Service.PublishAsync(DesignerFixture.CompanyA, draft.Value!.Id, draft.Value.Revision, token);

        Assert.Equal(1, published.Value!.Version);
        Assert.Equal(DefinitionSource.Designer, published.Value.Source);
        Assert.Null(await Service.FindDraftAsync(DesignerFixture.CompanyA, draft.Value.Id, token));
    }

    [Fact]
    public async Task Publish_DanglingConnection_ReturnsInvalidDefinitionNamingTheNode()
    {
        var token = TestContext.Current.CancellationToken;
        var route = DesignerFixture.AmountRoute();
        var broken = route with { Connections = [.. route.Connections, new ConnectionDefinition("deputy", "Approved", "missing-node")] };
        var draft = await Service.CreateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, broken, token);

        var published = await Service.PublishAsync(DesignerFixture.CompanyA, draft.Value!.Id, draft.Value.Revision, token);

        Assert.Equal(WorkflowErrorCodes.InvalidDefinition, published.Error?.Code);
        var problem = Assert.Single(Service.Validate(broken));
        Assert.Equal(ValidationCodes.DanglingConnection, problem.Code);
        Assert.Equal("deputy", problem.ActivityId);
        Assert.Empty(await _fixture.Host.Definitions.ListVersionsAsync(route.Id, token));
    }

    [Fact]
    public async Task Publish_EditedRoute_CreatesVersionTwoWhileRunningInstanceFinishesOnVersionOne()
    {
        var token = TestContext.Current.CancellationToken;
        await _fixture.PublishNewAsync(DesignerFixture.AmountRoute());
        var running = await _fixture.Host.StartAsync("contract-amount", new { amount = 500_000 });
        var edit = await Service.DraftFromVersionAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, "contract-amount", null, null, token);
        var changed = WithDeputyReplacedByLawyer(edit.Value!.Definition);
        var saved = await Service.SaveDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, edit.Value.Id, changed, edit.Value.Revision, token);

        var second = await Service.PublishAsync(DesignerFixture.CompanyA, saved.Value!.Id, saved.Value.Revision, token);
        await _fixture.Host.ActAsAsync(running.Id, "deputy", Actor.User("deputy-1", roles: ["Deputy"]), "Approved");

        Assert.Equal(2, second.Value!.Version);
        var finished = await _fixture.Host.InstanceAsync(running.Id);
        Assert.Equal(WorkflowInstanceStatus.Completed, finished.Status);
        Assert.Equal(1, finished.DefinitionVersion);
        Assert.Equal("approved", finished.Result);
        var fresh = await _fixture.Host.StartAsync("contract-amount", new { amount = 500_000 });
        Assert.Equal(2, fresh.DefinitionVersion);
        Assert.Single(await _fixture.Host.OpenBookmarksAsync(fresh.Id, "lawyer"));
    }

    [Fact]
    public async Task CreateDraft_IdOfAnotherCompany_ReturnsIdTaken()
    {
        await _fixture.PublishNewAsync(DesignerFixture.AmountRoute(), DesignerFixture.CompanyA);

        var draft = await Service.CreateDraftAsync(
            DesignerFixture.CompanyB, DesignerFixture.Admin, DesignerFixture.AmountRoute(), TestContext.Current.CancellationToken);

        Assert.Equal(DesignerErrorCodes.DefinitionIdTaken, draft.Error?.Code);
    }

    [Fact]
    public async Task CreateDraft_BadId_ReturnsInvalidDefinitionId()
    {
        var draft = await Service.CreateDraftAsync(
            DesignerFixture.CompanyA, DesignerFixture.Admin, DesignerFixture.AmountRoute("Bad Id"), TestContext.Current.CancellationToken);

        Assert.Equal(DesignerErrorCodes.InvalidDefinitionId, draft.Error?.Code);
    }

    [Fact]
    public async Task History_OtherCompany_ReturnsNotVisible()
    {
        await _fixture.PublishNewAsync(DesignerFixture.AmountRoute());

        var history = await Service.HistoryAsync(DesignerFixture.CompanyB, "contract-amount", TestContext.Current.CancellationToken);

        Assert.Equal(DesignerErrorCodes.DefinitionNotVisible, history.Error?.Code);
    }

    [Fact]
    public async Task DraftFromVersion_Shipped_CopiesUnderNewIdAndLeavesShippedReadOnly()
    {
        var token = TestContext.Current.CancellationToken;
        var shipped = await _fixture.Publisher.PublishAsync(RouteDefinitions.SingleApproval(), DefinitionSource.ShippedFile, token);
        _fixture.Store.AddShippedId(shipped.Value!.Id);

        var sameId = await Service.DraftFromVersionAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, "single-approval", null, null, token);
        var copy = await Service.DraftFromVersionAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, "single-approval", null, "my-approval", token);
        var published = await Service.PublishAsync(DesignerFixture.CompanyA, copy.Value!.Id, copy.Value.Revision, token);

        Assert.Equal(DesignerErrorCodes.DefinitionIdTaken, sameId.Error?.Code);
        Assert.Equal("my-approval", published.Value!.Id);
        Assert.True((await Service.HistoryAsync(DesignerFixture.CompanyB, "single-approval", token)).IsSuccess);
        var catalog = await Service.CatalogAsync(DesignerFixture.CompanyA, token);
        Assert.Equal(["single-approval"], catalog.Shipped.Select(definition => definition.Id));
        Assert.Equal(["my-approval"], catalog.Published.Select(definition => definition.Id));
    }

    [Fact]
    public async Task SaveDraft_StaleRevision_ReturnsDraftChanged()
    {
        var token = TestContext.Current.CancellationToken;
        var draft = await Service.CreateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, DesignerFixture.AmountRoute(), token);
        await Service.SaveDraftAsync(DesignerFixture.CompanyA, "admin-2", draft.Value!.Id, draft.Value.Definition with { Name = "First" }, draft.Value.Revision, token);

        var second = await Service.SaveDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, draft.Value.Id, draft.Value.Definition with { Name = "Second" }, draft.Value.Revision, token);

        Assert.Equal(DesignerErrorCodes.DraftChanged, second.Error?.Code);
    }

    [Fact]
    public async Task DuplicateDraft_NewId_CopiesContent()
    {
        var token = TestContext.Current.CancellationToken;
        var draft = await Service.CreateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, DesignerFixture.AmountRoute(), token);

        var copy = await Service.DuplicateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, draft.Value!.Id, "contract-amount-copy", "Copy", token);

        Assert.Equal("contract-amount-copy", copy.Value!.Definition.Id);
        Assert.Equal("Copy", copy.Value.Definition.Name);
        Assert.True(DefinitionDiffer.Compare(draft.Value.Definition, copy.Value.Definition with { Id = draft.Value.Definition.Id }).Activities.Count == 0);
    }

    [Fact]
    public async Task ArchiveDefinition_Published_HidesItAndRefusesNextVersion()
    {
        var token = TestContext.Current.CancellationToken;
        await _fixture.PublishNewAsync(DesignerFixture.AmountRoute());

        var archived = await Service.ArchiveDefinitionAsync(DesignerFixture.CompanyA, "contract-amount", token);
        var edit = await Service.CreateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, DesignerFixture.AmountRoute(), token);
        var republished = await Service.PublishAsync(DesignerFixture.CompanyA, edit.Value!.Id, edit.Value.Revision, token);

        Assert.True(archived.IsSuccess);
        Assert.Equal(DesignerErrorCodes.DefinitionArchived, republished.Error?.Code);
        Assert.Empty((await Service.CatalogAsync(DesignerFixture.CompanyA, token)).Published);
        Assert.Equal(DesignerErrorCodes.DefinitionArchived, (await Service.CheckStartableAsync(DesignerFixture.CompanyA, "contract-amount", token)).Error?.Code);
    }

    [Fact]
    public async Task CheckStartable_OtherCompanysDefinition_ReturnsNotVisible()
    {
        var token = TestContext.Current.CancellationToken;
        await _fixture.PublishNewAsync(DesignerFixture.AmountRoute());

        var own = await Service.CheckStartableAsync(DesignerFixture.CompanyA, "contract-amount", token);
        var other = await Service.CheckStartableAsync(DesignerFixture.CompanyB, "contract-amount", token);

        Assert.True(own.IsSuccess);
        Assert.Equal(DesignerErrorCodes.DefinitionNotVisible, other.Error?.Code);
    }

    [Fact]
    public async Task ArchiveDraft_ThenSave_ReturnsDraftArchived()
    {
        var token = TestContext.Current.CancellationToken;
        var draft = await Service.CreateDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, DesignerFixture.AmountRoute(), token);
        await Service.ArchiveDraftAsync(DesignerFixture.CompanyA, draft.Value!.Id, token);

        var saved = await Service.SaveDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, draft.Value.Id, draft.Value.Definition, draft.Value.Revision + 1, token);

        Assert.Equal(DesignerErrorCodes.DraftArchived, saved.Error?.Code);
        Assert.Empty((await Service.CatalogAsync(DesignerFixture.CompanyA, token)).Drafts);
    }

    [Fact]
    public async Task Diff_TwoVersions_ListsAddedRemovedChangedActivitiesAndConnections()
    {
        var token = TestContext.Current.CancellationToken;
        var first = await _fixture.PublishNewAsync(DesignerFixture.AmountRoute());
        var edit = await Service.DraftFromVersionAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, first.Id, 1, null, token);
        var changed = WithDeputyReplacedByLawyer(edit.Value!.Definition);
        changed = changed with
        {
            Activities = changed.Activities.Select(activity => activity.Id == "director" ? activity with { Title = "Director approves" } : activity).ToList(),
        };
        var saved = await Service.SaveDraftAsync(DesignerFixture.CompanyA, DesignerFixture.Admin, edit.Value.Id, changed, edit.Value.Revision, token);
        await Service.PublishAsync(DesignerFixture.CompanyA, saved.Value!.Id, saved.Value.Revision, token);

        var diff = await Service.DiffAsync(DesignerFixture.CompanyA, first.Id, 1, 2, token);

        var activities = diff.Value!.Activities.ToDictionary(change => change.ActivityId);
        Assert.Equal(ChangeKind.Added, activities["lawyer"].Kind);
        Assert.Equal(ChangeKind.Removed, activities["deputy"].Kind);
        Assert.Equal(["title"], activities["director"].Parts);
        Assert.Equal(3, activities.Count);
        Assert.Contains(new ConnectionChange(new ConnectionDefinition("amount", "False", "lawyer"), ChangeKind.Added), diff.Value.Connections);
        Assert.Contains(new ConnectionChange(new ConnectionDefinition("amount", "False", "deputy"), ChangeKind.Removed), diff.Value.Connections);
        Assert.Equal(6, diff.Value.Connections.Count);
    }

    private static WorkflowDefinition WithDeputyReplacedByLawyer(WorkflowDefinition definition)
    {
        var deputy = definition.FindActivity("deputy")!;
        var lawyer = deputy with
        {
            Id = "lawyer",
            Inputs = new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal)
            {
                ["participants"] = System.Text.Json.JsonSerializer.SerializeToElement(new[] { new { role = "Lawyer" } }),
            },
        };
        return definition with
        {
            Activities = definition.Activities.Select(activity => activity.Id == "deputy" ? lawyer : activity).ToList(),
            Connections = definition.Connections
                .Select(connection => connection with
                {
                    From = connection.From == "deputy" ? "lawyer" : connection.From,
                    To = connection.To == "deputy" ? "lawyer" : connection.To,
                })
                .ToList(),
        };
    }
}
