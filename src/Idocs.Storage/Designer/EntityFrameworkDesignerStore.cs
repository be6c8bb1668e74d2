using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Storage.Persistence;
using Idocs.Storage.Workflows;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Designer;

/// <summary>Designer drafts in <c>designer_drafts</c> and definition owners in <c>designer_definitions</c>.</summary>
public sealed class EntityFrameworkDesignerStore(DbContextOptions<IdocsDbContext> options) : IDesignerStore
{
    public async Task<DesignerDraft?> FindDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<DesignerDraftRow>().AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == draftId && candidate.CompanyId == companyId, cancellationToken);
        return row is null ? null : ToDraft(row);
    }

    public async Task<IReadOnlyList<DesignerDraft>> ListDraftsAsync(Guid companyId, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var rows = await context.Set<DesignerDraftRow>().AsNoTracking()
            .Where(candidate => candidate.CompanyId == companyId && (includeArchived || !candidate.Archived))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(row => row.UpdatedAt).Select(ToDraft).ToList();
    }

    public async Task AddDraftAsync(DesignerDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var context = new IdocsDbContext(options);
        context.Set<DesignerDraftRow>().Add(ToRow(draft));
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<Result> UpdateDraftAsync(DesignerDraft draft, long expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<DesignerDraftRow>()
            .FirstOrDefaultAsync(candidate => candidate.Id == draft.Id && candidate.CompanyId == draft.CompanyId, cancellationToken);
        if (row is null)
        {
            return Result.Failure(DesignerErrorCodes.DraftNotFound, $"Draft {draft.Id} does not exist.");
        }

        if (row.Revision != expectedRevision)
        {
            return DraftChanged(draft.Id, expectedRevision);
        }

        var replacement = ToRow(draft);
        row.DefinitionId = replacement.DefinitionId;
        row.BasedOnVersion = replacement.BasedOnVersion;
        row.Revision = replacement.Revision;
        row.Archived = replacement.Archived;
        row.UpdatedAt = replacement.UpdatedAt;
        row.UpdatedBy = replacement.UpdatedBy;
        row.Json = replacement.Json;
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? saved : DraftChanged(draft.Id, expectedRevision);
    }

    public async Task<Result> DeleteDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var deleted = await context.Set<DesignerDraftRow>()
            .Where(candidate => candidate.Id == draftId && candidate.CompanyId == companyId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? Result.Success() : Result.Failure(DesignerErrorCodes.DraftNotFound, $"Draft {draftId} does not exist.");
    }

    public async Task<DesignedDefinition?> FindOwnerAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<DesignedDefinitionRow>().AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.DefinitionId == definitionId, cancellationToken);
        return row is null ? null : ToOwner(row);
    }

    public async Task<IReadOnlyList<DesignedDefinition>> ListOwnedAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var rows = await context.Set<DesignedDefinitionRow>().AsNoTracking()
            .Where(candidate => candidate.CompanyId == companyId)
            .OrderBy(candidate => candidate.DefinitionId)
            .ToListAsync(cancellationToken);
        return rows.Select(ToOwner).ToList();
    }

    public async Task<Result> ClaimAsync(DesignedDefinition owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var context = new IdocsDbContext(options);
        context.Set<DesignedDefinitionRow>().Add(new DesignedDefinitionRow
        {
            DefinitionId = owner.DefinitionId,
            CompanyId = owner.CompanyId,
            Archived = owner.Archived,
            CreatedAt = owner.CreatedAt,
            ArchivedAt = owner.ArchivedAt,
        });
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        return saved.IsSuccess || saved.Error.Code != StorageErrorCodes.UniqueViolation
            ? saved
            : Result.Failure(DesignerErrorCodes.DefinitionIdTaken, $"Definition id '{owner.DefinitionId}' was taken by another company a moment ago; choose another id.");
    }

    public async Task<Result> ArchiveAsync(string definitionId, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<DesignedDefinitionRow>().FirstOrDefaultAsync(candidate => candidate.DefinitionId == definitionId, cancellationToken);
        if (row is null)
        {
            return Result.Failure(DesignerErrorCodes.DefinitionNotVisible, $"Definition '{definitionId}' has no designer owner.");
        }

        row.Archived = true;
        row.ArchivedAt = archivedAt;
        return await context.TrySaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListShippedIdsAsync(CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        return await context.Set<WorkflowDefinitionRow>().AsNoTracking()
            .Where(row => row.ReadOnly)
            .Select(row => row.DefinitionId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
    }

    private static Result DraftChanged(Guid draftId, long expectedRevision) =>
        Result.Failure(DesignerErrorCodes.DraftChanged, $"Draft {draftId} was saved by someone else after revision {expectedRevision}; reload it.");

    private static DesignerDraft ToDraft(DesignerDraftRow row) => new()
    {
        Id = row.Id,
        CompanyId = row.CompanyId,
        Definition = JsonSerializer.Deserialize<WorkflowDefinition>(row.Json, WorkflowJson.Options)
            ?? throw new InvalidOperationException($"Draft {row.Id} contains null JSON instead of a definition."),
        BasedOnVersion = row.BasedOnVersion,
        Revision = row.Revision,
        Archived = row.Archived,
        UpdatedAt = row.UpdatedAt,
        UpdatedBy = row.UpdatedBy,
    };

    private static DesignerDraftRow ToRow(DesignerDraft draft) => new()
    {
        Id = draft.Id,
        CompanyId = draft.CompanyId,
        DefinitionId = draft.Definition.Id,
        BasedOnVersion = draft.BasedOnVersion,
        Revision = draft.Revision,
        Archived = draft.Archived,
        UpdatedAt = draft.UpdatedAt,
        UpdatedBy = draft.UpdatedBy,
        Json = WorkflowJson.Serialize(draft.Definition),
    };

    private static DesignedDefinition ToOwner(DesignedDefinitionRow row) => new()
    {
        DefinitionId = row.DefinitionId,
        CompanyId = row.CompanyId,
        Archived = row.Archived,
        CreatedAt = row.CreatedAt,
        ArchivedAt = row.ArchivedAt,
    };
}
