using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Why a file was rejected: the code, the file (for an archive entry, "archive.zip/inner/file.doc")
/// and the values the message shows, such as sizes (<see cref="ByteSize"/>) and limits.
/// </summary>
public sealed record UploadRejection(string Code, string Subject, IReadOnlyList<object> Arguments)
{
    public UploadRejection(string code, string subject)
        : this(code, subject, [])
    {
    }

    /// <summary>The message in the user's language, Russian by default.</summary>
    public string LocalizedMessage(CultureInfo culture) => UploadMessages.Format(this, culture);

    /// <summary>The rejection as an error with the English message, for APIs and logs.</summary>
    public Error ToError() => new(Code, UploadMessages.Format(this, CultureInfo.InvariantCulture));

    /// <summary>The same rejection reported for an entry found inside <paramref name="archiveName"/>.</summary>
    internal UploadRejection Within(string archiveName) => this with { Subject = $"{archiveName}/{Subject}" };
}
