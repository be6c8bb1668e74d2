using Idocs.Common.Results;

namespace Idocs.Workflows.Designer.InMemory;

/// <summary>Designer store in process memory for tests and tools; data is lost when the process ends.</summary>
public sealed class InMemoryDesignerStore : IDesignerStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, DesignerDraft> _drafts = [];
    private readonly Dictionary<string, DesignedDefinition> _owners = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _shipped = new(StringComparer.Ordinal);

    /// <summary>Marks a definition id as shipped (the EF store reads this from the definition table).</summary>
    public void AddShippedId(string definitionId)
    {
        lock (_lock)
        {
            _shipped.Add(definitionId);
        }
    }

    public Task<DesignerDraft?> FindDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var found = _drafts.GetValueOrDefault(draftId);
            return Task.FromResult(found?.CompanyId == companyId ? found : null);
        }
    }

    public Task<IReadOnlyList<DesignerDraft>> ListDraftsAsync(Guid companyId, bool includeArchived, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<DesignerDraft> drafts = _drafts.Values
                .Where(draft => draft.CompanyId == companyId && (includeArchived || !draft.Archived))
                .OrderByDescending(draft => draft.UpdatedAt)
                .ToList();
            return Task.FromResult(drafts);
        }
    }

    public Task AddDraftAsync(DesignerDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        lock (_lock)
        {
            _drafts.Add(draft.Id, draft);
        }

        return Task.CompletedTask;
    }

    public Task<Result> UpdateDraftAsync(DesignerDraft draft, long expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        lock (_lock)
        {
            if (!_drafts.TryGetValue(draft.Id, out var stored) || stored.CompanyId != draft.CompanyId)
            {
                return Task.FromResult(Result.Failure(DesignerErrorCodes.DraftNotFound, $"Draft {draft.Id} does not exist."));
            }

            if (stored.Revision != expectedRevision)
            {
                return Task.FromResult(Result.Failure(
                    DesignerErrorCodes.DraftChanged, $"Draft {draft.Id} is at revision {stored.Revision}, not {expectedRevision}; reload it."));
            }

            _drafts[draft.Id] = draft;
            return Task.FromResult(Result.Success());
        }
    }

    public Task<Result> DeleteDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var removed = _drafts.TryGetValue(draftId, out var stored) && stored.CompanyId == companyId && _drafts.Remove(draftId);
            return Task.FromResult(removed ? Result.Success() : Result.Failure(DesignerErrorCodes.DraftNotFound, $"Draft {draftId} does not exist."));
        }
    }

    public Task<DesignedDefinition?> FindOwnerAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_owners.GetValueOrDefault(definitionId));
        }
    }

    public Task<IReadOnlyList<DesignedDefinition>> ListOwnedAsync(Guid companyId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<DesignedDefinition> owned = _owners.Values
                .Where(owner => owner.CompanyId == companyId)
                .OrderBy(owner => owner.DefinitionId, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(owned);
        }
    }

    public Task<Result> ClaimAsync(DesignedDefinition owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        lock (_lock)
        {
            return Task.FromResult(_owners.TryAdd(owner.DefinitionId, owner)
                ? Result.Success()
                : Result.Failure(DesignerErrorCodes.DefinitionIdTaken, $"Definition id '{owner.DefinitionId}' is already taken."));
        }
    }

    public Task<Result> ArchiveAsync(string definitionId, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_owners.TryGetValue(definitionId, out var owner))
            {
                return Task.FromResult(Result.Failure(DesignerErrorCodes.DefinitionNotVisible, $"Definition '{definitionId}' has no designer owner."));
            }

            _owners[definitionId] = owner with { Archived = true, ArchivedAt = archivedAt };
            return Task.FromResult(Result.Success());
        }
    }

    public Task<IReadOnlyList<string>> ListShippedIdsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<string> ids = _shipped.ToList();
            return Task.FromResult(ids);
        }
    }
}
