namespace Idocs.Documents.Integrations.OneC;

/// <summary>
/// The reads the 1C endpoints need beyond loading one document: find by 1C id, and page through
/// changed or incoming documents in the order of their last change. Every query sees one company's
/// live (not deleted) documents only.
/// </summary>
public interface IOneCDocumentQueries
{
    /// <summary>Returns the id of the company's document uploaded with <paramref name="oneCId"/>, or null.</summary>
    Task<Guid?> FindByOneCIdAsync(Guid profileId, string oneCId, CancellationToken cancellationToken);

    /// <summary>Lists documents uploaded from 1C that changed after <paramref name="after"/>, oldest change first.</summary>
    Task<IReadOnlyList<OneCChangePosition>> ListChangedAsync(Guid profileId, OneCChangePosition? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Lists incoming documents whose template field names <paramref name="templates"/> that changed
    /// after <paramref name="after"/>, oldest change first.
    /// </summary>
    Task<IReadOnlyList<OneCChangePosition>> ListIncomingAsync(
        Guid profileId, IReadOnlyCollection<string> templates, OneCChangePosition? after, int limit, CancellationToken cancellationToken);
}
