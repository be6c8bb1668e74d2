using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Designer.DryRun;
using Idocs.Workflows.Designer.InMemory;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Tests.Designer;

/// <summary>The designer's services over the engine host's in-memory stores, and the routes the tests draw.</summary>
public sealed class DesignerFixture
{
    public static readonly Guid CompanyA = Guid.Parse("0b7d1a52-0000-4000-8000-00000000000a");

    public static readonly Guid CompanyB = Guid.Parse("0b7d1a52-0000-4000-8000-00000000000b");

    public const string Admin = "admin-1";

    public DesignerFixture()
    {
        var validator = new DefinitionValidator(Host.Registry);
        Publisher = new DefinitionPublisher(Host.Definitions, validator, NullLogger<DefinitionPublisher>.Instance);
        Service = new DesignerService(Store, Host.Definitions, Publisher, validator, Host.Clock, NullLogger<DesignerService>.Instance);
        DryRunner = new DryRunner(Host.Registry, validator, Host.Definitions, Host.Clock, NullLogger<DryRunner>.Instance);
    }

    public EngineHost Host { get; } = new();

    public InMemoryDesignerStore Store { get; } = new();

    public DefinitionPublisher Publisher { get; }

    public DesignerService Service { get; }

    public DryRunner DryRunner { get; }

    /// <summary>Start, a Decision on amount, the director over 1,000,000 and the deputy otherwise, then End.</summary>
    public static WorkflowDefinition AmountRoute(string id = "contract-amount") =>
        DefinitionBuilder.Create(id)
            .Activity("start", "Start")
            .Activity("amount", "Decision", new { condition = "amount > 1000000" })
            .Activity("director", "Approve", new { participants = new[] { new { role = "Director" } } })
            .Activity("deputy", "Approve", new { participants = new[] { new { role = "Deputy" } } })
            .Activity("approved", "End", new { result = "approved" })
            .Activity("rejected", "End", new { result = "rejected" })
            .Connect("start", "Done", "amount")
            .Connect("amount", "True", "director")
            .Connect("amount", "False", "deputy")
            .Connect("director", "Approved", "approved")
            .Connect("director", "Rejected", "rejected")
            .Connect("deputy", "Approved", "approved")
            .Connect("deputy", "Rejected", "rejected")
            .Build(state: DefinitionState.Draft);

    public async Task<WorkflowDefinition> PublishNewAsync(WorkflowDefinition definition, Guid? company = null)
    {
        var token = TestContext.Current.CancellationToken;
        var draft = await Service.CreateDraftAsync(company ?? CompanyA, Admin, definition, token);
        Assert.True(draft.IsSuccess, draft.Error?.Message);
        var published = await Service.PublishAsync(company ?? CompanyA, draft.Value.Id, draft.Value.Revision, token);
        Assert.True(published.IsSuccess, published.Error?.Message);
        return published.Value;
    }
}
