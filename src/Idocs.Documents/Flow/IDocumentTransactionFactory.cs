namespace Idocs.Documents.Flow;

/// <summary>Opens document transactions; storage implements it over one database connection per transaction.</summary>
public interface IDocumentTransactionFactory
{
    Task<IDocumentTransaction> BeginAsync(CancellationToken cancellationToken);
}
