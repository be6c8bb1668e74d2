using Idocs.Workflows.Definitions;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Tests.Versioning;

public class DefinitionPublisherTests
{
    private readonly EngineHost _host = new();
    private readonly DefinitionPublisher _publisher;

    public DefinitionPublisherTests() =>
        _publisher = new DefinitionPublisher(_host.Definitions, new DefinitionValidator(_host.Registry), NullLogger<DefinitionPublisher>.Instance);

    [Fact]
    public async Task Publish_New_CreatesVersionOne()
    {
        var published = await _publisher.PublishAsync(RouteDefinitions.SingleApproval(version: 7), DefinitionSource.Designer, TestContext.Current.CancellationToken);

        Assert.True(published.IsSuccess);
        Assert.Equal(1, published.Value.Version);
        Assert.Equal(DefinitionState.Published, published.Value.State);
        Assert.Equal(DefinitionSource.Designer, published.Value.Source);
        Assert.False(published.Value.ReadOnly);
    }

    [Fact]
    public async Task Publish_Changed_CreatesNextVersionAndKeepsOld()
    {
        var token = TestContext.Current.CancellationToken;
        await _publisher.PublishAsync(RouteDefinitions.SingleApproval(), DefinitionSource.Api, token);
        var changed = RouteDefinitions.SingleApproval(approveInputs: new { participants = new[] { new { role = "Lawyer" } } });

        var second = await _publisher.PublishAsync(changed, DefinitionSource.Api, token);

        Assert.Equal(2, second.Value!.Version);
        var first = await _host.Definitions.FindAsync("single-approval", 1, token);
        Assert.Equal("Director", first!.Activities[1].Inputs["participants"][0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task Publish_Unchanged_ReturnsCurrentVersion()
    {
        var token = TestContext.Current.CancellationToken;
        await _publisher.PublishAsync(RouteDefinitions.SingleApproval(), DefinitionSource.Api, token);

        var again = await _publisher.PublishAsync(RouteDefinitions.SingleApproval(version: 5), DefinitionSource.Api, token);

        Assert.Equal(1, again.Value!.Version);
        Assert.Single(await _host.Definitions.ListVersionsAsync("single-approval", token));
    }

    [Fact]
    public async Task Publish_Invalid_ReturnsProblems()
    {
        var invalid = DefinitionBuilder.Create("broken").Activity("approve", "Approve").Build();

        var published = await _publisher.PublishAsync(invalid, DefinitionSource.Api, TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.InvalidDefinition, published.Error?.Code);
        Assert.Contains(ValidationCodes.MissingStart, published.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(ValidationCodes.MissingRequiredInput, published.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_OverShippedFromDesigner_ReturnsReadOnly()
    {
        var token = TestContext.Current.CancellationToken;
        await _publisher.PublishAsync(RouteDefinitions.SingleApproval(), DefinitionSource.ShippedFile, token);
        var changed = RouteDefinitions.SingleApproval(approveInputs: new { participants = new[] { new { role = "Lawyer" } } });

        var published = await _publisher.PublishAsync(changed, DefinitionSource.Designer, token);

        Assert.Equal(WorkflowErrorCodes.DefinitionReadOnly, published.Error?.Code);
    }

    [Fact]
    public async Task SaveDraft_ThenPublish_PublishesDraftVersion()
    {
        var token = TestContext.Current.CancellationToken;
        await _publisher.PublishAsync(RouteDefinitions.SingleApproval(), DefinitionSource.Designer, token);
        var changed = RouteDefinitions.SingleApproval(approveInputs: new { participants = new[] { new { role = "Lawyer" } } });

        var draft = await _publisher.SaveDraftAsync(changed, DefinitionSource.Designer, token);
        var latestPublishedWhileDraft = await _host.Definitions.FindLatestPublishedAsync("single-approval", token);
        var published = await _publisher.PublishAsync(changed, DefinitionSource.Designer, token);

        Assert.Equal(DefinitionState.Draft, draft.Value!.State);
        Assert.Equal(2, draft.Value.Version);
        Assert.Equal(1, latestPublishedWhileDraft!.Version);
        Assert.Equal(2, published.Value!.Version);
        Assert.Equal(2, (await _host.Definitions.ListVersionsAsync("single-approval", token)).Count);
    }
}
