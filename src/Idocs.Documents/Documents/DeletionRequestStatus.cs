namespace Idocs.Documents.Documents;

public enum DeletionRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
