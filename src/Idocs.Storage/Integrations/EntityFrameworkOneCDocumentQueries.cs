using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Idocs.Documents.Documents;
using Idocs.Documents.Integrations.OneC;
using Idocs.Storage.Documents;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Integrations;

/// <summary>
/// Finds 1C documents by the free fields in the stored JSON. The match on the JSON text narrows the
/// rows in the database; the parsed fields decide, so a value that only looks alike never matches.
/// </summary>
// NOTE: the JSON text match scans all of the company's documents. A company with hundreds of
// thousands of documents needs the 1C id in an indexed column of its own.
public sealed class EntityFrameworkOneCDocumentQueries(IdocsDbContext dbContext) : IOneCDocumentQueries
{
    // The encoder the document store writes free fields with; the fragments must be spelled the same way.
    private static readonly JsonSerializerOptions StoredJsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<Guid?> FindByOneCIdAsync(Guid profileId, string oneCId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oneCId);

        var fragment = JsonFragment(OneCTypeMapping.OneCIdField, oneCId);
        var candidates = await Live(profileId)
            .Where(row => row.FreeFieldsJson.Contains(fragment))
            .OrderBy(row => row.CreatedAt)
            .Select(row => new { row.Id, row.FreeFieldsJson })
            .Take(10)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return candidates.FirstOrDefault(row => FieldEquals(row.FreeFieldsJson, OneCTypeMapping.OneCIdField, oneCId))?.Id;
    }

    public async Task<IReadOnlyList<OneCChangePosition>> ListChangedAsync(
        Guid profileId, OneCChangePosition? after, int limit, CancellationToken cancellationToken)
    {
        var marker = JsonSerializer.Serialize(OneCTypeMapping.OneCIdField, StoredJsonOptions) + ":";
        var rows = After(Live(profileId).Where(row => row.FreeFieldsJson.Contains(marker)), after);
        return await PageAsync(rows, limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OneCChangePosition>> ListIncomingAsync(
        Guid profileId, IReadOnlyCollection<string> templates, OneCChangePosition? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(templates);

        if (templates.Count > 2)
        {
            throw new ArgumentException("At most two templates can be listed at once.", nameof(templates));
        }

        var fragments = templates.Select(template => JsonFragment(OneCTypeMapping.TemplateField, template)).ToList();
        var incoming = Live(profileId).Where(row => row.Kind == DocumentKind.ExternalIncoming);
        var rows = fragments.Count switch
        {
            0 => incoming.Where(_ => false),
            1 => incoming.Where(row => row.FreeFieldsJson.Contains(fragments[0])),
            _ => incoming.Where(row => row.FreeFieldsJson.Contains(fragments[0]) || row.FreeFieldsJson.Contains(fragments[1])),
        };
        return await PageAsync(After(rows, after), limit, cancellationToken).ConfigureAwait(false);
    }

    private IQueryable<DocumentRow> Live(Guid profileId) =>
        dbContext.Set<DocumentRow>().AsNoTracking().Where(row => row.OwnerProfileId == profileId && !row.IsDeleted);

    private static IQueryable<DocumentRow> After(IQueryable<DocumentRow> rows, OneCChangePosition? after)
    {
        if (after is null)
        {
            return rows;
        }

        var time = after.ChangedAt;
        var id = after.DocumentId;
        return rows.Where(row => row.UpdatedAt > time || (row.UpdatedAt == time && row.Id.CompareTo(id) > 0));
    }

    private static async Task<IReadOnlyList<OneCChangePosition>> PageAsync(IQueryable<DocumentRow> rows, int limit, CancellationToken cancellationToken)
    {
        var page = await rows
            .OrderBy(row => row.UpdatedAt)
            .ThenBy(row => row.Id)
            .Take(limit)
            .Select(row => new { row.UpdatedAt, row.Id })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return page.Select(row => new OneCChangePosition(row.UpdatedAt, row.Id)).ToList();
    }

    /// <summary>The JSON text of one member as the document store writes it: <c>"name":"value"</c>.</summary>
    private static string JsonFragment(string name, string value) =>
        JsonSerializer.Serialize(name, StoredJsonOptions) + ":" + JsonSerializer.Serialize(value, StoredJsonOptions);

    private static bool FieldEquals(string json, string name, string value)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        return fields is not null && fields.TryGetValue(name, out var stored) && string.Equals(stored, value, StringComparison.Ordinal);
    }
}
