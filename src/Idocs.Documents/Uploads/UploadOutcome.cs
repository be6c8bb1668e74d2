using Idocs.Documents.Documents;

namespace Idocs.Documents.Uploads;

/// <summary>The stored files of an upload, or the rejection of the first file that failed (then nothing is stored).</summary>
public sealed record UploadOutcome(IReadOnlyList<DocumentFile> Files, UploadRejection? Rejection)
{
    public bool IsAccepted => Rejection is null;
}
