using Idocs.Common.Results;
using Idocs.Documents.Search;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents.Search;

/// <summary>
/// Document search over the request's context: the tenant filter limits every query to the current
/// profile, and pages follow the keyset (created_at, id) newest first, so rows inserted between
/// two requests neither repeat nor shift later pages.
/// </summary>
public sealed class EntityFrameworkDocumentSearch(IdocsDbContext dbContext) : IDocumentSearch
{
    public async Task<Result<DocumentSearchPage>> SearchAsync(DocumentSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var tenant = dbContext.TenantContext
            ?? throw new InvalidOperationException("The document search needs a context created with the request's tenant context.");
        var profile = TenantGuard.RequireProfile(tenant);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        var valid = DocumentSearchValidation.Validate(query);
        if (!valid.IsSuccess)
        {
            return valid.Error;
        }

        var scope = DocumentSearchValidation.Scope(query, profile.Value);
        var rows = DocumentSearchFilters.Apply(dbContext.Set<DocumentRow>().AsNoTracking(), query);
        if (query.ContinuationToken is not null)
        {
            var position = ContinuationToken.Decode(query.ContinuationToken, scope);
            if (!position.IsSuccess)
            {
                return position.Error;
            }

            var (time, id) = position.Value;
            rows = rows.Where(row => row.CreatedAt < time || (row.CreatedAt == time && row.Id.CompareTo(id) < 0));
        }

        var page = await rows
            .OrderByDescending(row => row.CreatedAt)
            .ThenByDescending(row => row.Id)
            .Take(query.PageSize + 1)
            .Select(row => new DocumentSummary(
                row.Id,
                row.Kind,
                row.Number,
                row.Date,
                row.Title,
                row.Status,
                row.AuthorId,
                row.Amount,
                row.Currency,
                row.CounterpartyIdentifier,
                row.CounterpartyName,
                row.CreatedAt))
            .ToListAsync(cancellationToken);

        string? next = null;
        if (page.Count > query.PageSize)
        {
            page.RemoveAt(page.Count - 1);
            var last = page[^1];
            next = ContinuationToken.Encode(new KeysetPosition(last.CreatedAt, last.Id), scope);
        }

        return new DocumentSearchPage(page, next);
    }
}
