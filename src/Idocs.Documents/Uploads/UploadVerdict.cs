namespace Idocs.Documents.Uploads;

/// <summary>The outcome of inspecting a file: its detected type, or why it was rejected.</summary>
public sealed record UploadVerdict
{
    private UploadVerdict(DetectedContentType? contentType, UploadRejection? rejection)
    {
        ContentType = contentType;
        Rejection = rejection;
    }

    public DetectedContentType? ContentType { get; }

    public UploadRejection? Rejection { get; }

    public bool IsAccepted => Rejection is null;

    public static UploadVerdict Accept(DetectedContentType contentType) => new(contentType, null);

    public static UploadVerdict Reject(UploadRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new UploadVerdict(null, rejection);
    }

    public static UploadVerdict Reject(string code, string subject, params object[] arguments) =>
        Reject(new UploadRejection(code, subject, arguments));
}
