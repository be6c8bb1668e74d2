using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Validation;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Versioning;

/// <summary>
/// Saves drafts and publishes definitions. A published version is never changed: publishing changed
/// content adds the next version, publishing unchanged content returns the current version, and a
/// read-only (shipped) definition can be changed only by the shipped-file loader.
/// </summary>
public sealed class DefinitionPublisher(
    IWorkflowDefinitionStore store,
    DefinitionValidator validator,
    ILogger<DefinitionPublisher> logger)
{
    /// <summary>Validates and publishes; returns the published version (new or unchanged).</summary>
    public async Task<Result<WorkflowDefinition>> PublishAsync(WorkflowDefinition candidate, DefinitionSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var problems = validator.Validate(candidate);
        if (problems.Count > 0)
        {
            return Result<WorkflowDefinition>.Failure(
                WorkflowErrorCodes.InvalidDefinition,
                $"Definition '{candidate.Id}' has {problems.Count} problem(s): {string.Join("; ", problems)}");
        }

        var latest = await store.FindLatestAsync(candidate.Id, cancellationToken);
        var refused = CheckReadOnly(latest, source);
        if (refused is not null)
        {
            return Result<WorkflowDefinition>.Failure(refused);
        }

        if (latest is { State: DefinitionState.Published } && SameContent(latest, candidate))
        {
            return latest;
        }

        var published = Normalize(candidate, latest?.State == DefinitionState.Draft ? latest.Version : (latest?.Version ?? 0) + 1, DefinitionState.Published, source);
        var saved = latest?.State == DefinitionState.Draft
            ? await store.ReplaceDraftAsync(published, cancellationToken)
            : await store.AddAsync(published, cancellationToken);
        if (!saved.IsSuccess)
        {
            return Result<WorkflowDefinition>.Failure(saved.Error);
        }

        logger.LogInformation("Published definition {DefinitionId} v{DefinitionVersion} from {DefinitionSource}", published.Id, published.Version, source);
        return published;
    }

    /// <summary>Saves a draft without validating it: the designer saves work in progress. The draft replaces an earlier draft.</summary>
    public async Task<Result<WorkflowDefinition>> SaveDraftAsync(WorkflowDefinition candidate, DefinitionSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var latest = await store.FindLatestAsync(candidate.Id, cancellationToken);
        var refused = CheckReadOnly(latest, source);
        if (refused is not null)
        {
            return Result<WorkflowDefinition>.Failure(refused);
        }

        var isDraft = latest?.State == DefinitionState.Draft;
        var draft = Normalize(candidate, isDraft ? latest!.Version : (latest?.Version ?? 0) + 1, DefinitionState.Draft, source);
        var saved = isDraft ? await store.ReplaceDraftAsync(draft, cancellationToken) : await store.AddAsync(draft, cancellationToken);
        return saved.IsSuccess ? draft : Result<WorkflowDefinition>.Failure(saved.Error);
    }

    private static Error? CheckReadOnly(WorkflowDefinition? latest, DefinitionSource source) =>
        latest is { ReadOnly: true } && source != DefinitionSource.ShippedFile
            ? new Error(
                WorkflowErrorCodes.DefinitionReadOnly,
                $"Definition '{latest.Id}' is shipped read-only; copy it under a new id to change it.")
            : null;

    private static WorkflowDefinition Normalize(WorkflowDefinition candidate, int version, DefinitionState state, DefinitionSource source) =>
        candidate with
        {
            Version = version,
            State = state,
            Source = source,
            ReadOnly = source == DefinitionSource.ShippedFile,
        };

    /// <summary>Compares what the engine runs and the designer shows, ignoring version, state, source and read-only flag.</summary>
    private static bool SameContent(WorkflowDefinition left, WorkflowDefinition right) =>
        string.Equals(ContentJson(left), ContentJson(right), StringComparison.Ordinal);

    private static string ContentJson(WorkflowDefinition definition) =>
        JsonSerializer.Serialize(
            definition with { Version = 0, State = DefinitionState.Draft, Source = DefinitionSource.Api, ReadOnly = false },
            WorkflowJson.Options);
}
