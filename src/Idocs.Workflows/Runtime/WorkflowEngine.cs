using Idocs.Common.Results;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime.Execution;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// Starts instances and runs the instance commands: cancel, suspend, activate and incident retry.
/// Each command is one unit of work. The engine does not check who may run these commands; the
/// caller (the document module or the cabinet) gates them by the actor's rights.
/// </summary>
public sealed class WorkflowEngine
{
    private readonly IWorkflowStore _store;
    private readonly IWorkflowDefinitionStore _definitions;
    private readonly TimeProvider _clock;
    private readonly WorkflowEngineOptions _options;
    private readonly ILogger<WorkflowEngine> _logger;
    private readonly WorkflowRunner _runner;

    public WorkflowEngine(
        IWorkflowStore store,
        IWorkflowDefinitionStore definitions,
        ActivityRegistry registry,
        TimeProvider clock,
        WorkflowEngineOptions options,
        ILogger<WorkflowEngine> logger)
    {
        _store = store;
        _definitions = definitions;
        _clock = clock;
        _options = options;
        _logger = logger;
        _runner = new WorkflowRunner(registry, options, logger);
    }

    /// <summary>Starts an instance in its own transaction and runs it until every path waits.</summary>
    public Task<Result<WorkflowInstance>> StartAsync(
        StartRequest request, TransactionExtension<WorkflowInstance>? extension = null, CancellationToken cancellationToken = default) =>
        UnitOfWorkRetry.RunAsync(_store, _options.MaxConflictRetries, (unitOfWork, token) => StartInAsync(unitOfWork, request, token), extension, _logger, cancellationToken);

    /// <summary>Starts an instance inside the caller's unit of work; the caller commits.</summary>
    public async Task<Result<WorkflowInstance>> StartInAsync(IWorkflowUnitOfWork unitOfWork, StartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.Version is { } version
            ? await _definitions.FindAsync(request.DefinitionId, version, cancellationToken)
            : await _definitions.FindLatestPublishedAsync(request.DefinitionId, cancellationToken);
        if (definition is null)
        {
            return Result<WorkflowInstance>.Failure(
                WorkflowErrorCodes.DefinitionNotFound, $"No published definition '{request.DefinitionId}' (version {request.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest"}) exists.");
        }

        if (definition.State != DefinitionState.Published)
        {
            return Result<WorkflowInstance>.Failure(
                WorkflowErrorCodes.DefinitionNotPublished, $"Definition '{definition.Id}' version {definition.Version} is a draft; publish it before starting instances.");
        }

        var session = new WorkflowSession(unitOfWork, _definitions, _clock.GetUtcNow());
        var seed = new InstanceSeed(request.Actor, request.Variables) { CorrelationId = request.CorrelationId };
        var tracked = await _runner.StartAsync(session, definition, seed, cancellationToken);
        session.Flush();
        _logger.LogInformation(
            "Started workflow instance {WorkflowInstanceId} of {DefinitionId} v{DefinitionVersion}", tracked.Instance.Id, definition.Id, definition.Version);
        return tracked.Instance;
    }

    /// <summary>Cancels an instance: open bookmarks close, child instances are cancelled, a parent step is resumed as rejected.</summary>
    public Task<Result<WorkflowInstanceStatus>> CancelAsync(Guid instanceId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        RunCommandAsync(instanceId, async (session, tracked, token) =>
        {
            if (tracked.Instance.IsFinished)
            {
                return NotActive(tracked.Instance);
            }

            await _runner.CancelAsync(session, tracked, actor, reason, token);
            return Result.Success();
        }, cancellationToken);

    /// <summary>Suspends an instance; its bookmarks reject resumes until <see cref="ActivateAsync"/>.</summary>
    /// <remarks>
    /// NOTE: suspension gates participants and timers only. A child instance that ends still resumes
    /// its suspended parent's SubProcess step, because that bookmark would otherwise never be resumed.
    /// </remarks>
    public Task<Result<WorkflowInstanceStatus>> SuspendAsync(Guid instanceId, Actor actor, CancellationToken cancellationToken = default) =>
        RunCommandAsync(instanceId, (session, tracked, _) =>
        {
            var instance = tracked.Instance;
            if (instance.IsFinished)
            {
                return Task.FromResult(NotActive(instance));
            }

            if (instance.Status == WorkflowInstanceStatus.Suspended)
            {
                return Task.FromResult(Result.Failure(WorkflowErrorCodes.InvalidInstanceState, $"Instance {instance.Id} is already suspended."));
            }

            instance.Status = WorkflowInstanceStatus.Suspended;
            session.Journal(instance, JournalEvent.InstanceSuspended, actor);
            return Task.FromResult(Result.Success());
        }, cancellationToken);

    public Task<Result<WorkflowInstanceStatus>> ActivateAsync(Guid instanceId, Actor actor, CancellationToken cancellationToken = default) =>
        RunCommandAsync(instanceId, (session, tracked, _) =>
        {
            var instance = tracked.Instance;
            if (instance.Status != WorkflowInstanceStatus.Suspended)
            {
                return Task.FromResult(Result.Failure(
                    WorkflowErrorCodes.InvalidInstanceState, $"Instance {instance.Id} is {instance.Status}, not suspended; only a suspended instance can be activated."));
            }

            var faulted = instance.Incidents.Exists(incident => incident.ResolvedAt is null);
            instance.Status = faulted ? WorkflowInstanceStatus.Faulted : WorkflowInstanceStatus.Running;
            session.Journal(instance, JournalEvent.InstanceActivated, actor);
            return Task.FromResult(Result.Success());
        }, cancellationToken);

    /// <summary>Runs a faulted step again; a new failure reopens the same incident with one more attempt.</summary>
    public Task<Result<WorkflowInstanceStatus>> RetryIncidentAsync(Guid instanceId, Guid incidentId, Actor actor, CancellationToken cancellationToken = default) =>
        RunCommandAsync(instanceId, async (session, tracked, token) =>
        {
            var instance = tracked.Instance;
            if (instance.Status == WorkflowInstanceStatus.Suspended)
            {
                return Result.Failure(WorkflowErrorCodes.InstanceSuspended, $"Instance {instance.Id} is suspended; activate it before retrying.");
            }

            var incident = instance.Incidents.Find(candidate => candidate.Id == incidentId);
            if (incident is null)
            {
                return Result.Failure(WorkflowErrorCodes.IncidentNotFound, $"Instance {instance.Id} has no incident {incidentId}.");
            }

            if (incident.ResolvedAt is not null)
            {
                return Result.Failure(WorkflowErrorCodes.AlreadyCompleted, $"Incident {incidentId} is already resolved.");
            }

            return await _runner.RetryAsync(session, tracked, incident, actor, token);
        }, cancellationToken);

    private Task<Result<WorkflowInstanceStatus>> RunCommandAsync(
        Guid instanceId, Func<WorkflowSession, TrackedInstance, CancellationToken, Task<Result>> command, CancellationToken cancellationToken) =>
        UnitOfWorkRetry.RunAsync<WorkflowInstanceStatus>(
            _store,
            _options.MaxConflictRetries,
            async (unitOfWork, token) =>
            {
                var session = new WorkflowSession(unitOfWork, _definitions, _clock.GetUtcNow());
                var tracked = await session.LoadAsync(instanceId, token);
                if (tracked is null)
                {
                    return Result<WorkflowInstanceStatus>.Failure(WorkflowErrorCodes.InstanceNotFound, $"Workflow instance {instanceId} does not exist.");
                }

                var result = await command(session, tracked, token);
                if (!result.IsSuccess)
                {
                    return Result<WorkflowInstanceStatus>.Failure(result.Error);
                }

                session.Flush();
                return tracked.Instance.Status;
            },
            extension: null,
            _logger,
            cancellationToken);

    private static Result NotActive(WorkflowInstance instance) =>
        Result.Failure(WorkflowErrorCodes.InstanceNotActive, $"Instance {instance.Id} is {instance.Status} and accepts no further commands.");
}
