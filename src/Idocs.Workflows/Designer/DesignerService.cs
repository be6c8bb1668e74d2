using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Designer;

/// <summary>
/// The designer's use cases over one company's definitions: drafts, publishing, history, diff,
/// duplicate, archive and import. The caller checks that the user may manage routes in the company.
/// </summary>
public sealed class DesignerService(
    IDesignerStore store,
    IWorkflowDefinitionStore definitions,
    DefinitionPublisher publisher,
    DefinitionValidator validator,
    TimeProvider clock,
    ILogger<DesignerService> logger)
{
    public async Task<DesignerCatalog> CatalogAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var drafts = await store.ListDraftsAsync(companyId, includeArchived: false, cancellationToken);
        var published = new List<WorkflowDefinition>();
        foreach (var owned in await store.ListOwnedAsync(companyId, cancellationToken))
        {
            var latest = owned.Archived ? null : await definitions.FindLatestPublishedAsync(owned.DefinitionId, cancellationToken);
            if (latest is not null)
            {
                published.Add(latest);
            }
        }

        var shipped = new List<WorkflowDefinition>();
        foreach (var id in await store.ListShippedIdsAsync(cancellationToken))
        {
            var latest = await definitions.FindLatestPublishedAsync(id, cancellationToken);
            if (latest is not null)
            {
                shipped.Add(latest);
            }
        }

        return new DesignerCatalog(drafts, published, shipped);
    }

    public Task<DesignerDraft?> FindDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken = default) =>
        store.FindDraftAsync(companyId, draftId, cancellationToken);

    /// <summary>Creates a draft of a new definition; the id must be free or the company's own.</summary>
    public async Task<Result<DesignerDraft>> CreateDraftAsync(Guid companyId, string userId, WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var usable = await CheckIdUsableAsync(companyId, definition.Id, cancellationToken);
        if (!usable.IsSuccess)
        {
            return Result<DesignerDraft>.Failure(usable.Error);
        }

        var latest = await definitions.FindLatestPublishedAsync(definition.Id, cancellationToken);
        var draft = new DesignerDraft
        {
            Id = Guid.NewGuid(),
            CompanyId = companyId,
            Definition = AsDraft(definition),
            BasedOnVersion = latest?.Version,
            Revision = 1,
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = userId,
        };
        await store.AddDraftAsync(draft, cancellationToken);
        logger.LogInformation("Created designer draft {DraftId} of {DefinitionId} in company {CompanyId}", draft.Id, definition.Id, companyId);
        return draft;
    }

    /// <summary>Imports a definition in the <c>workflows/</c> JSON format as a new draft.</summary>
    public async Task<Result<DesignerDraft>> ImportAsync(Guid companyId, string userId, string json, CancellationToken cancellationToken = default)
    {
        var parsed = DefinitionExchange.Import(json);
        return parsed.IsSuccess ? await CreateDraftAsync(companyId, userId, parsed.Value, cancellationToken) : Result<DesignerDraft>.Failure(parsed.Error);
    }

    /// <summary>
    /// Starts a draft from a published version: the company's own under the same id (its next version),
    /// or a shipped or own one copied under <paramref name="newId"/>.
    /// </summary>
    public async Task<Result<DesignerDraft>> DraftFromVersionAsync(
        Guid companyId, string userId, string definitionId, int? version, string? newId, CancellationToken cancellationToken = default)
    {
        var source = await FindVisibleVersionAsync(companyId, definitionId, version, cancellationToken);
        if (!source.IsSuccess)
        {
            return Result<DesignerDraft>.Failure(source.Error);
        }

        var targetId = newId ?? definitionId;
        var copy = string.Equals(targetId, definitionId, StringComparison.Ordinal)
            ? source.Value
            : source.Value with { Id = targetId };
        return await CreateDraftAsync(companyId, userId, copy, cancellationToken);
    }

    /// <summary>Copies a draft under a new definition id and name.</summary>
    public async Task<Result<DesignerDraft>> DuplicateDraftAsync(
        Guid companyId, string userId, Guid draftId, string newId, string? newName, CancellationToken cancellationToken = default)
    {
        var draft = await store.FindDraftAsync(companyId, draftId, cancellationToken);
        if (draft is null)
        {
            return Result<DesignerDraft>.Failure(DraftNotFound(draftId));
        }

        var copy = draft.Definition with { Id = newId, Name = string.IsNullOrWhiteSpace(newName) ? draft.Definition.Name : newName };
        return await CreateDraftAsync(companyId, userId, copy, cancellationToken);
    }

    /// <summary>Saves the canvas into a draft; refused when someone saved the draft since <paramref name="expectedRevision"/>.</summary>
    public async Task<Result<DesignerDraft>> SaveDraftAsync(
        Guid companyId, string userId, Guid draftId, WorkflowDefinition definition, long expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var draft = await store.FindDraftAsync(companyId, draftId, cancellationToken);
        if (draft is null)
        {
            return Result<DesignerDraft>.Failure(DraftNotFound(draftId));
        }

        if (draft.Archived)
        {
            return Result<DesignerDraft>.Failure(DesignerErrorCodes.DraftArchived, $"Draft {draftId} is archived; duplicate it to keep working.");
        }

        if (!string.Equals(definition.Id, draft.Definition.Id, StringComparison.Ordinal))
        {
            var usable = await CheckIdUsableAsync(companyId, definition.Id, cancellationToken);
            if (!usable.IsSuccess)
            {
                return Result<DesignerDraft>.Failure(usable.Error);
            }
        }

        var saved = draft with
        {
            Definition = AsDraft(definition),
            Revision = expectedRevision + 1,
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = userId,
        };
        var updated = await store.UpdateDraftAsync(saved, expectedRevision, cancellationToken);
        return updated.IsSuccess ? saved : Result<DesignerDraft>.Failure(updated.Error);
    }

    public async Task<Result> ArchiveDraftAsync(Guid companyId, Guid draftId, CancellationToken cancellationToken = default)
    {
        var draft = await store.FindDraftAsync(companyId, draftId, cancellationToken);
        if (draft is null)
        {
            return DraftNotFound(draftId);
        }

        return await store.UpdateDraftAsync(draft with { Archived = true, Revision = draft.Revision + 1, UpdatedAt = clock.GetUtcNow() }, draft.Revision, cancellationToken);
    }

    /// <summary>Runs the engine's validator on a draft; the designer shows each problem on its activity.</summary>
    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition) => validator.Validate(AsDraft(definition));

    /// <summary>
    /// Publishes a draft as the next version of its definition and removes the draft. Instances that
    /// run on earlier versions keep them. Refused while the validator reports problems.
    /// </summary>
    public async Task<Result<WorkflowDefinition>> PublishAsync(Guid companyId, Guid draftId, long expectedRevision, CancellationToken cancellationToken = default)
    {
        var draft = await store.FindDraftAsync(companyId, draftId, cancellationToken);
        if (draft is null)
        {
            return Result<WorkflowDefinition>.Failure(DraftNotFound(draftId));
        }

        if (draft.Revision != expectedRevision)
        {
            return Result<WorkflowDefinition>.Failure(
                DesignerErrorCodes.DraftChanged, $"Draft {draftId} is at revision {draft.Revision}, not {expectedRevision}; reload it before publishing.");
        }

        var definitionId = draft.Definition.Id;
        var usable = await CheckIdUsableAsync(companyId, definitionId, cancellationToken);
        if (!usable.IsSuccess)
        {
            return Result<WorkflowDefinition>.Failure(usable.Error);
        }

        var owner = await store.FindOwnerAsync(definitionId, cancellationToken);
        if (owner is { Archived: true })
        {
            return Result<WorkflowDefinition>.Failure(
                DesignerErrorCodes.DefinitionArchived, $"Definition '{definitionId}' is archived; duplicate the draft under a new id to publish it.");
        }

        var problems = Validate(draft.Definition);
        if (problems.Count > 0)
        {
            return Result<WorkflowDefinition>.Failure(
                WorkflowErrorCodes.InvalidDefinition, $"Definition '{definitionId}' has {problems.Count} problem(s): {string.Join("; ", problems)}");
        }

        if (owner is null)
        {
            var claimed = await store.ClaimAsync(new DesignedDefinition { DefinitionId = definitionId, CompanyId = companyId, CreatedAt = clock.GetUtcNow() }, cancellationToken);
            if (!claimed.IsSuccess)
            {
                return Result<WorkflowDefinition>.Failure(claimed.Error);
            }
        }

        var published = await publisher.PublishAsync(draft.Definition, DefinitionSource.Designer, cancellationToken);
        if (!published.IsSuccess)
        {
            return published;
        }

        await store.DeleteDraftAsync(companyId, draftId, cancellationToken);
        logger.LogInformation(
            "Published designer draft {DraftId} as {DefinitionId} v{DefinitionVersion} in company {CompanyId}", draftId, definitionId, published.Value.Version, companyId);
        return published;
    }

    /// <summary>Lists the versions of a definition the company owns or that is shipped, oldest first.</summary>
    public async Task<Result<IReadOnlyList<WorkflowDefinition>>> HistoryAsync(Guid companyId, string definitionId, CancellationToken cancellationToken = default)
    {
        var visible = await CheckVisibleAsync(companyId, definitionId, cancellationToken);
        if (!visible.IsSuccess)
        {
            return Result<IReadOnlyList<WorkflowDefinition>>.Failure(visible.Error);
        }

        var versions = await definitions.ListVersionsAsync(definitionId, cancellationToken);
        return Result<IReadOnlyList<WorkflowDefinition>>.Success(versions.Where(version => version.State == DefinitionState.Published).ToList());
    }

    /// <summary>Returns a published version (the latest when <paramref name="version"/> is null) the company may see.</summary>
    public async Task<Result<WorkflowDefinition>> FindVisibleVersionAsync(Guid companyId, string definitionId, int? version, CancellationToken cancellationToken = default)
    {
        var visible = await CheckVisibleAsync(companyId, definitionId, cancellationToken);
        if (!visible.IsSuccess)
        {
            return Result<WorkflowDefinition>.Failure(visible.Error);
        }

        var found = version is { } number
            ? await definitions.FindAsync(definitionId, number, cancellationToken)
            : await definitions.FindLatestPublishedAsync(definitionId, cancellationToken);
        return found is { State: DefinitionState.Published }
            ? found
            : Result<WorkflowDefinition>.Failure(
                WorkflowErrorCodes.DefinitionNotFound, $"Definition '{definitionId}' has no published version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "yet"}.");
    }

    public async Task<Result<DefinitionDiff>> DiffAsync(Guid companyId, string definitionId, int fromVersion, int toVersion, CancellationToken cancellationToken = default)
    {
        var older = await FindVisibleVersionAsync(companyId, definitionId, fromVersion, cancellationToken);
        if (!older.IsSuccess)
        {
            return Result<DefinitionDiff>.Failure(older.Error);
        }

        var newer = await FindVisibleVersionAsync(companyId, definitionId, toVersion, cancellationToken);
        return newer.IsSuccess ? DefinitionDiffer.Compare(older.Value, newer.Value) : Result<DefinitionDiff>.Failure(newer.Error);
    }

    /// <summary>Archives a company's definition: it leaves the catalog and gets no new version; running instances go on.</summary>
    public async Task<Result> ArchiveDefinitionAsync(Guid companyId, string definitionId, CancellationToken cancellationToken = default)
    {
        var owner = await store.FindOwnerAsync(definitionId, cancellationToken);
        if (owner is null || owner.CompanyId != companyId)
        {
            return Result.Failure(
                DesignerErrorCodes.DefinitionNotVisible, $"Definition '{definitionId}' is not one of this company's published definitions; shipped definitions cannot be archived.");
        }

        var archived = await store.ArchiveAsync(definitionId, clock.GetUtcNow(), cancellationToken);
        if (archived.IsSuccess)
        {
            logger.LogInformation("Archived definition {DefinitionId} of company {CompanyId}", definitionId, companyId);
        }

        return archived;
    }

    /// <summary>
    /// Checks that new instances may start on the definition for the company: it is shipped (or not a
    /// designer definition at all), or it is the company's own and not archived.
    /// </summary>
    public async Task<Result> CheckStartableAsync(Guid companyId, string definitionId, CancellationToken cancellationToken = default)
    {
        var owner = await store.FindOwnerAsync(definitionId, cancellationToken);
        if (owner is null)
        {
            return Result.Success();
        }

        if (owner.CompanyId != companyId)
        {
            return NotVisible(definitionId);
        }

        return owner.Archived
            ? Result.Failure(DesignerErrorCodes.DefinitionArchived, $"Definition '{definitionId}' is archived; start the document on another published route.")
            : Result.Success();
    }

    private async Task<Result> CheckVisibleAsync(Guid companyId, string definitionId, CancellationToken cancellationToken)
    {
        var owner = await store.FindOwnerAsync(definitionId, cancellationToken);
        if (owner is not null)
        {
            return owner.CompanyId == companyId ? Result.Success() : NotVisible(definitionId);
        }

        var shipped = await store.ListShippedIdsAsync(cancellationToken);
        return shipped.Contains(definitionId, StringComparer.Ordinal) ? Result.Success() : NotVisible(definitionId);
    }

    /// <summary>An id is usable for a draft when it is well formed and either unused or the company's own.</summary>
    private async Task<Result> CheckIdUsableAsync(Guid companyId, string definitionId, CancellationToken cancellationToken)
    {
        var shape = DefinitionIds.Check(definitionId);
        if (!shape.IsSuccess)
        {
            return shape;
        }

        var owner = await store.FindOwnerAsync(definitionId, cancellationToken);
        if (owner is not null)
        {
            return owner.CompanyId == companyId ? Result.Success() : IdTaken(definitionId);
        }

        var existing = await definitions.FindLatestAsync(definitionId, cancellationToken);
        return existing is null ? Result.Success() : IdTaken(definitionId);
    }

    private static WorkflowDefinition AsDraft(WorkflowDefinition definition) =>
        definition with { Version = 1, State = DefinitionState.Draft, Source = DefinitionSource.Designer, ReadOnly = false };

    private static Error DraftNotFound(Guid draftId) =>
        new(DesignerErrorCodes.DraftNotFound, $"Draft {draftId} does not exist in this company.");

    private static Error NotVisible(string definitionId) =>
        new(DesignerErrorCodes.DefinitionNotVisible, $"Definition '{definitionId}' is neither shipped nor one of this company's definitions.");

    private static Error IdTaken(string definitionId) =>
        new(DesignerErrorCodes.DefinitionIdTaken, $"Definition id '{definitionId}' is already used by a shipped or another company's definition; choose another id.");
}
