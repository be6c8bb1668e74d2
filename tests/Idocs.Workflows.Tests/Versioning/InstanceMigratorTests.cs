using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Tests.Versioning;

public class InstanceMigratorTests
{
    private readonly EngineHost _host = new();
    private readonly InstanceMigrator _migrator;

    public InstanceMigratorTests() =>
        _migrator = new InstanceMigrator(_host.Store, _host.Definitions, _host.Clock, _host.Options, NullLogger<InstanceMigrator>.Instance);

    [Fact]
    public async Task Migrate_WaitExistsInTarget_MovesInstance()
    {
        await _host.AddAsync(TwoStepRoute(version: 1, withLegal: true));
        await _host.AddAsync(TwoStepRoute(version: 2, withLegal: true, finalResult: "approved-v2"));
        var instance = await _host.StartAsync("two-step", version: 1);
        await _host.ActAsync(instance.Id, "manager", Actors.Manager, "Approved");

        var migrated = await _migrator.MigrateAsync(instance.Id, 2, Actors.Administrator, TestContext.Current.CancellationToken);
        await _host.ActAsync(instance.Id, "legal", Actors.Lawyer, "Approved");

        Assert.True(migrated.IsSuccess, migrated.Error?.Message);
        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal(2, stored.DefinitionVersion);
        Assert.Equal("approved-v2", stored.Result);
        Assert.Contains(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.InstanceMigrated && entry.Message == "version 1 -> 2");
    }

    [Fact]
    public async Task Migrate_WaitRemovedInTarget_RefusesWithReason()
    {
        await _host.AddAsync(TwoStepRoute(version: 1, withLegal: true));
        await _host.AddAsync(TwoStepRoute(version: 2, withLegal: false));
        var instance = await _host.StartAsync("two-step", version: 1);
        await _host.ActAsync(instance.Id, "manager", Actors.Manager, "Approved");

        var migrated = await _migrator.MigrateAsync(instance.Id, 2, Actors.Administrator, TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.MigrationRefused, migrated.Error?.Code);
        Assert.Contains("step 'legal' (Approve) that the instance waits on does not exist in version 2", migrated.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await _host.InstanceAsync(instance.Id)).DefinitionVersion);
    }

    [Fact]
    public async Task Migrate_WaitChangedType_RefusesWithReason()
    {
        await _host.AddAsync(TwoStepRoute(version: 1, withLegal: true));
        await _host.AddAsync(TwoStepRoute(version: 2, withLegal: true, legalType: "Sign"));
        var instance = await _host.StartAsync("two-step", version: 1);
        await _host.ActAsync(instance.Id, "manager", Actors.Manager, "Approved");

        var migrated = await _migrator.MigrateAsync(instance.Id, 2, Actors.Administrator, TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.MigrationRefused, migrated.Error?.Code);
        Assert.Contains("is Approve in version 1 but Sign in version 2", migrated.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_ToDraft_ReturnsNotPublished()
    {
        await _host.AddAsync(TwoStepRoute(version: 1, withLegal: true));
        await _host.AddAsync(TwoStepRoute(version: 2, withLegal: true) with { State = DefinitionState.Draft });
        var instance = await _host.StartAsync("two-step", version: 1);

        var migrated = await _migrator.MigrateAsync(instance.Id, 2, Actors.Administrator, TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.DefinitionNotPublished, migrated.Error?.Code);
    }

    [Fact]
    public async Task RunningInstance_KeepsItsVersionAfterNewPublish()
    {
        await _host.AddAsync(TwoStepRoute(version: 1, withLegal: true));
        var instance = await _host.StartAsync("two-step");
        await _host.AddAsync(TwoStepRoute(version: 2, withLegal: false));

        await _host.ActAsync(instance.Id, "manager", Actors.Manager, "Approved");

        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal(1, stored.DefinitionVersion);
        Assert.Single(stored.OpenBookmarks, bookmark => bookmark.ActivityId == "legal");
    }

    private static WorkflowDefinition TwoStepRoute(int version, bool withLegal, string legalType = "Approve", string finalResult = "approved")
    {
        var builder = DefinitionBuilder.Create("two-step")
            .Activity("start", "Start")
            .Activity("manager", "Approve", new { participants = new[] { new { role = "HeadOfDepartment" } } })
            .Activity("end", "End", new { result = finalResult })
            .Activity("rejected", "End", new { result = "rejected" })
            .Connect("start", "Done", "manager")
            .Connect("manager", "Rejected", "rejected");
        if (!withLegal)
        {
            return builder.Connect("manager", "Approved", "end").Build(version);
        }

        var positive = legalType == "Sign" ? "Signed" : "Approved";
        var negative = legalType == "Sign" ? "Declined" : "Rejected";
        return builder
            .Activity("legal", legalType, new { participants = new[] { new { role = "Lawyer" } } })
            .Connect("manager", "Approved", "legal")
            .Connect("legal", positive, "end")
            .Connect("legal", negative, "rejected")
            .Build(version);
    }
}
