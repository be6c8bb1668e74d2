namespace Idocs.Documents.Flow;

/// <summary>Adds outbox rows to the document transaction; they are delivered only after it commits.</summary>
public interface IDocumentOutbox
{
    void EnqueueMail(DocumentMail mail);
}
