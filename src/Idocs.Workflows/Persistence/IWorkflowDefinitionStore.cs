using Idocs.Common.Results;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Persistence;

/// <summary>Definition versions, unique by (id, version).</summary>
public interface IWorkflowDefinitionStore
{
    Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>Returns the highest version in any state, or null.</summary>
    Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken);

    Task<WorkflowDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>Adds a version; <see cref="WorkflowErrorCodes.Conflict"/> when (id, version) exists.</summary>
    Task<Result> AddAsync(WorkflowDefinition definition, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a stored draft with the same (id, version), for example when it is published;
    /// <see cref="WorkflowErrorCodes.Conflict"/> when the stored version is missing or already published.
    /// </summary>
    Task<Result> ReplaceDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken);
}
