using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;

namespace Idocs.Documents.Tests.Flow;

public sealed class DesignerTemplateStartTests : IAsyncDisposable
{
    private const string DefinitionId = "approval-by-approver";

    private readonly FlowHarness _harness = new();

    [Fact]
    public async Task StartRoute_ArchivedDesignerDefinition_ReturnsDefinitionArchived()
    {
        await PublishAsync(FlowHarness.CompanyA);
        var before = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        var after = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        var startedBefore = await _harness.StartOnTemplateAsync(before.Id, DefinitionId);

        var archived = await _harness.Get<DesignerService>().ArchiveDefinitionAsync(FlowHarness.CompanyA, DefinitionId, FlowHarness.Cancellation);
        var startedAfter = await _harness.StartOnTemplateAsync(after.Id, DefinitionId);

        Assert.True(startedBefore.IsSuccess, startedBefore.Error?.ToString());
        Assert.True(archived.IsSuccess, archived.Error?.ToString());
        Assert.Equal(DesignerErrorCodes.DefinitionArchived, startedAfter.Error?.Code);
    }

    [Fact]
    public async Task StartRoute_OtherCompanysDesignerDefinition_ReturnsNotFound()
    {
        await PublishAsync(FlowHarness.CompanyB);
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());

        var started = await _harness.StartOnTemplateAsync(document.Id, DefinitionId);

        Assert.Equal(CommonErrorCodes.NotFound, started.Error?.Code);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private async Task PublishAsync(Guid companyId)
    {
        var designer = _harness.Get<DesignerService>();
        var draft = await designer.CreateDraftAsync(companyId, "admin", ApproverRoute(), FlowHarness.Cancellation);
        Assert.True(draft.IsSuccess, draft.Error?.ToString());
        var published = await designer.PublishAsync(companyId, draft.Value!.Id, draft.Value.Revision, FlowHarness.Cancellation);
        Assert.True(published.IsSuccess, published.Error?.ToString());
    }

    /// <summary>Start, one approval by company A's approver, End.</summary>
    private static WorkflowDefinition ApproverRoute()
    {
        var participants = JsonSerializer.SerializeToElement(new[] { new { user = FlowHarness.ApproverA.ToString("D") } });
        return new WorkflowDefinition
        {
            Id = DefinitionId,
            Name = "Approval by the approver",
            Activities =
            [
                new ActivityDefinition { Id = "start", Type = "Start" },
                new ActivityDefinition
                {
                    Id = "approve",
                    Type = "Approve",
                    Inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["participants"] = participants },
                },
                new ActivityDefinition { Id = "end", Type = "End" },
            ],
            Connections = [new ConnectionDefinition("start", "Done", "approve"), new ConnectionDefinition("approve", "Approved", "end")],
        };
    }
}
