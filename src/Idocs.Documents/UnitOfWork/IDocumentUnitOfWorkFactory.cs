namespace Idocs.Documents.UnitOfWork;

/// <summary>Begins document units of work; register it scoped, next to the request's tenant context.</summary>
public interface IDocumentUnitOfWorkFactory
{
    /// <summary>Opens a transaction for one user action; dispose the result when the action ends.</summary>
    Task<IDocumentUnitOfWork> BeginAsync(CancellationToken cancellationToken);
}
