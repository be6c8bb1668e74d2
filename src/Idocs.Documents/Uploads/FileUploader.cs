using System.Security.Cryptography;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Accepts one file or a package of files: reads each within the size limit, inspects all of them
/// by content, and only when every file passes stores them under their SHA-256. A rejected upload
/// therefore writes nothing.
/// </summary>
public sealed class FileUploader(ContentInspector inspector, UploadLimits limits, IFileStore fileStore)
{
    public async Task<UploadOutcome> UploadAsync(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);

        var accepted = new List<(DocumentFile File, byte[] Content)>(files.Count);
        foreach (var file in files)
        {
            var content = await ReadWithinLimitAsync(file.Content, cancellationToken);
            var subject = Path.GetFileName(file.FileName);
            if (content is null)
            {
                var size = file.Content.CanSeek ? file.Content.Length : limits.MaxFileBytes + 1;
                return Rejected(inspector.TooLarge(subject, size).Rejection!);
            }

            var verdict = inspector.Inspect(file.FileName, content);
            if (!verdict.IsAccepted)
            {
                return Rejected(verdict.Rejection!);
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
            accepted.Add((new DocumentFile(sha256, subject, verdict.ContentType!.Value, content.LongLength), content));
        }

        foreach (var (file, content) in accepted)
        {
            await fileStore.PutAsync(file.Sha256, content, cancellationToken);
        }

        return new UploadOutcome([.. accepted.Select(item => item.File)], null);
    }

    private static UploadOutcome Rejected(UploadRejection rejection) => new([], rejection);

    /// <summary>Reads the stream into memory; returns null as soon as it exceeds the file size limit.</summary>
    private async Task<byte[]?> ReadWithinLimitAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxFileBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
