using Idocs.Common.Results;

namespace Idocs.Workflows.Designer;

/// <summary>Drafts and definition ownership of the designer, per company.</summary>
public interface IDesignerStore
{
    Task<DesignerDraft?> FindDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DesignerDraft>> ListDraftsAsync(Guid companyId, bool includeArchived, CancellationToken cancellationToken);

    Task AddDraftAsync(DesignerDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a draft if its stored revision is <paramref name="expectedRevision"/>;
    /// <see cref="DesignerErrorCodes.DraftChanged"/> otherwise, <see cref="DesignerErrorCodes.DraftNotFound"/> when it is gone.
    /// </summary>
    Task<Result> UpdateDraftAsync(DesignerDraft draft, long expectedRevision, CancellationToken cancellationToken);

    Task<Result> DeleteDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken);

    Task<DesignedDefinition?> FindOwnerAsync(string definitionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DesignedDefinition>> ListOwnedAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>Records the company as owner of a new id; <see cref="DesignerErrorCodes.DefinitionIdTaken"/> when another owner was first.</summary>
    Task<Result> ClaimAsync(DesignedDefinition owner, CancellationToken cancellationToken);

    Task<Result> ArchiveAsync(string definitionId, DateTimeOffset archivedAt, CancellationToken cancellationToken);

    /// <summary>Ids of the read-only (shipped) definitions, which every company sees.</summary>
    Task<IReadOnlyList<string>> ListShippedIdsAsync(CancellationToken cancellationToken);
}
