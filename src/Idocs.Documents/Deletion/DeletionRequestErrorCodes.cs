namespace Idocs.Documents.Deletion;

public static class DeletionRequestErrorCodes
{
    /// <summary>The document already has a pending deletion request; wait for support's decision.</summary>
    public const string AlreadyPending = "documents.deletion_request_pending";

    /// <summary>The supporting file is missing or more than one was attached; attach exactly one.</summary>
    public const string SupportingFileRequired = "documents.deletion_request_file_required";
}
