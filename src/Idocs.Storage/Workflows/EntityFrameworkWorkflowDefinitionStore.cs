using Idocs.Common.Results;
using Idocs.Storage.Persistence;
using Idocs.Workflows;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Workflows;

/// <summary>Definition versions in the <c>workflow_definitions</c> table, unique by (id, version).</summary>
public sealed class EntityFrameworkWorkflowDefinitionStore(DbContextOptions<IdocsDbContext> options) : IWorkflowDefinitionStore
{
    public async Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<WorkflowDefinitionRow>().AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.DefinitionId == definitionId && candidate.DefinitionVersion == version, cancellationToken);
        return row is null ? null : WorkflowRowMapper.ToDefinition(row);
    }

    public async Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<WorkflowDefinitionRow>().AsNoTracking()
            .Where(candidate => candidate.DefinitionId == definitionId)
            .OrderByDescending(candidate => candidate.DefinitionVersion)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : WorkflowRowMapper.ToDefinition(row);
    }

    public async Task<WorkflowDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var published = DefinitionState.Published.ToString();
        var row = await context.Set<WorkflowDefinitionRow>().AsNoTracking()
            .Where(candidate => candidate.DefinitionId == definitionId && candidate.State == published)
            .OrderByDescending(candidate => candidate.DefinitionVersion)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : WorkflowRowMapper.ToDefinition(row);
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var rows = await context.Set<WorkflowDefinitionRow>().AsNoTracking()
            .Where(candidate => candidate.DefinitionId == definitionId)
            .OrderBy(candidate => candidate.DefinitionVersion)
            .ToListAsync(cancellationToken);
        return rows.Select(WorkflowRowMapper.ToDefinition).ToList();
    }

    public async Task<Result> AddAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var context = new IdocsDbContext(options);
        context.Set<WorkflowDefinitionRow>().Add(WorkflowRowMapper.ToRow(definition));
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        return saved.IsSuccess || saved.Error.Code != StorageErrorCodes.UniqueViolation
            ? saved
            : Result.Failure(WorkflowErrorCodes.Conflict, $"Definition '{definition.Id}' version {definition.Version} already exists.");
    }

    public async Task<Result> ReplaceDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var context = new IdocsDbContext(options);
        var draft = DefinitionState.Draft.ToString();
        var row = await context.Set<WorkflowDefinitionRow>()
            .FirstOrDefaultAsync(candidate => candidate.DefinitionId == definition.Id && candidate.DefinitionVersion == definition.Version, cancellationToken);
        if (row is null || row.State != draft)
        {
            return Result.Failure(WorkflowErrorCodes.Conflict, $"Definition '{definition.Id}' version {definition.Version} is not a stored draft.");
        }

        var replacement = WorkflowRowMapper.ToRow(definition);
        row.State = replacement.State;
        row.Source = replacement.Source;
        row.ReadOnly = replacement.ReadOnly;
        row.Json = replacement.Json;
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        return saved.IsSuccess
            ? saved
            : Result.Failure(WorkflowErrorCodes.Conflict, $"Definition '{definition.Id}' version {definition.Version} was changed concurrently: {saved.Error.Message}");
    }
}
