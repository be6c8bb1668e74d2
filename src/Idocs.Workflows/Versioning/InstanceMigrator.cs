using Idocs.Common.Results;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Runtime.Execution;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Versioning;

/// <summary>
/// Moves a running instance to another published version of its definition. Every step the instance
/// waits on, and every Fork its paths run in, must exist in the target version with the same id and
/// type. Otherwise the move is refused, with the reason for each step that does not map.
/// </summary>
public sealed class InstanceMigrator(
    IWorkflowStore store,
    IWorkflowDefinitionStore definitions,
    TimeProvider clock,
    WorkflowEngineOptions options,
    ILogger<InstanceMigrator> logger)
{
    public Task<Result<int>> MigrateAsync(Guid instanceId, int targetVersion, Actor actor, CancellationToken cancellationToken = default) =>
        UnitOfWorkRetry.RunAsync<int>(
            store,
            options.MaxConflictRetries,
            (unitOfWork, token) => MigrateInAsync(unitOfWork, instanceId, targetVersion, actor, token),
            extension: null,
            logger,
            cancellationToken);

    /// <summary>Lists why the instance cannot move to <paramref name="target"/>; empty when it can.</summary>
    public static IReadOnlyList<string> FindUnmappedWaits(WorkflowInstance instance, WorkflowDefinition target)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(target);
        var reasons = new List<string>();
        foreach (var execution in instance.Executions)
        {
            var counterpart = target.FindActivity(execution.ActivityId);
            if (counterpart is null)
            {
                reasons.Add($"step '{execution.ActivityId}' ({execution.ActivityType}) that the instance waits on does not exist in version {target.Version}");
            }
            else if (counterpart.Type != execution.ActivityType)
            {
                reasons.Add($"step '{execution.ActivityId}' is {execution.ActivityType} in version {instance.DefinitionVersion} but {counterpart.Type} in version {target.Version}");
            }

            foreach (var scope in execution.Scopes.Where(scope => target.FindActivity(scope.ForkActivityId)?.Type != ForkActivity.TypeName))
            {
                reasons.Add($"Fork '{scope.ForkActivityId}' around step '{execution.ActivityId}' is missing or not a Fork in version {target.Version}");
            }
        }

        return reasons;
    }

    private async Task<Result<int>> MigrateInAsync(IWorkflowUnitOfWork unitOfWork, Guid instanceId, int targetVersion, Actor actor, CancellationToken cancellationToken)
    {
        var session = new WorkflowSession(unitOfWork, definitions, clock.GetUtcNow());
        var tracked = await session.LoadAsync(instanceId, cancellationToken);
        if (tracked is null)
        {
            return Result<int>.Failure(WorkflowErrorCodes.InstanceNotFound, $"Workflow instance {instanceId} does not exist.");
        }

        var instance = tracked.Instance;
        if (instance.IsFinished)
        {
            return Result<int>.Failure(WorkflowErrorCodes.InstanceNotActive, $"Instance {instanceId} is {instance.Status}; only running instances are migrated.");
        }

        var target = await definitions.FindAsync(instance.DefinitionId, targetVersion, cancellationToken);
        if (target is null || target.State != DefinitionState.Published)
        {
            return Result<int>.Failure(
                WorkflowErrorCodes.DefinitionNotPublished, $"Definition '{instance.DefinitionId}' has no published version {targetVersion}.");
        }

        var reasons = FindUnmappedWaits(instance, target);
        if (reasons.Count > 0)
        {
            return Result<int>.Failure(
                WorkflowErrorCodes.MigrationRefused,
                $"Instance {instanceId} cannot move from version {instance.DefinitionVersion} to {targetVersion}: {string.Join("; ", reasons)}.");
        }

        var from = instance.DefinitionVersion;
        instance.DefinitionVersion = targetVersion;
        tracked.Definition = target;
        session.Journal(instance, JournalEvent.InstanceMigrated, actor, message: $"version {from} -> {targetVersion}");
        session.Flush();
        logger.LogInformation(
            "Migrated workflow instance {WorkflowInstanceId} from v{FromVersion} to v{ToVersion}", instanceId, from, targetVersion);
        return targetVersion;
    }
}
