using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Persistence.InMemory;

/// <summary>Definition store in process memory; keeps versions as JSON so callers never share objects.</summary>
public sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Id, int Version), string> _versions = [];

    public Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_versions.TryGetValue((definitionId, version), out var json) ? Read(json) : null);
        }
    }

    public async Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        var versions = await ListVersionsAsync(definitionId, cancellationToken);
        return versions.Count == 0 ? null : versions[^1];
    }

    public async Task<WorkflowDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken)
    {
        var versions = await ListVersionsAsync(definitionId, cancellationToken);
        return versions.LastOrDefault(definition => definition.State == DefinitionState.Published);
    }

    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<WorkflowDefinition> versions = _versions
                .Where(pair => string.Equals(pair.Key.Id, definitionId, StringComparison.Ordinal))
                .OrderBy(pair => pair.Key.Version)
                .Select(pair => Read(pair.Value))
                .ToList();
            return Task.FromResult(versions);
        }
    }

    public Task<Result> AddAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_lock)
        {
            if (!_versions.TryAdd((definition.Id, definition.Version), WorkflowJson.Serialize(definition)))
            {
                return Task.FromResult(Result.Failure(
                    WorkflowErrorCodes.Conflict, $"Definition '{definition.Id}' version {definition.Version} already exists."));
            }

            return Task.FromResult(Result.Success());
        }
    }

    public Task<Result> ReplaceDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_lock)
        {
            var key = (definition.Id, definition.Version);
            if (!_versions.TryGetValue(key, out var json) || Read(json).State != DefinitionState.Draft)
            {
                return Task.FromResult(Result.Failure(
                    WorkflowErrorCodes.Conflict, $"Definition '{definition.Id}' version {definition.Version} is not a stored draft."));
            }

            _versions[key] = WorkflowJson.Serialize(definition);
            return Task.FromResult(Result.Success());
        }
    }

    private static WorkflowDefinition Read(string json) => JsonSerializer.Deserialize<WorkflowDefinition>(json, WorkflowJson.Options)!;
}
