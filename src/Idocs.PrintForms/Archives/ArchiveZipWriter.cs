using System.IO.Compression;
using System.Text.Json;
using Idocs.PrintForms.Evidence;

namespace Idocs.PrintForms.Archives;

/// <summary>
/// Writes ZIP entries one at a time to the output stream, which need not be seekable (an HTTP
/// response or a file), and records each entry's SHA-256 and size for the manifest. Each entry is
/// passed on to the output as soon as it is complete, so memory holds one entry, never the whole
/// archive. Call <see cref="CompleteAsync"/> to write the central directory.
/// </summary>
internal sealed class ArchiveZipWriter : IAsyncDisposable
{
    private readonly SpoolingWriteStream _spool;
    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _entryTime;
    private readonly List<ArchiveManifestEntry> _entries = [];
    private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);

    private bool _completed;

    private ArchiveZipWriter(SpoolingWriteStream spool, ZipArchive zip, DateTimeOffset entryTime)
    {
        _spool = spool;
        _zip = zip;
        _entryTime = entryTime;
    }

    public IReadOnlyList<ArchiveManifestEntry> Entries => _entries;

    public static async Task<ArchiveZipWriter> CreateAsync(Stream output, DateTimeOffset entryTime, CancellationToken cancellationToken)
    {
        var spool = new SpoolingWriteStream(output);
        var zip = await ZipArchive.CreateAsync(spool, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        return new ArchiveZipWriter(spool, zip, entryTime);
    }

    public Task AddAsync(string path, string kind, ReadOnlyMemory<byte> content, string? description, CancellationToken cancellationToken) =>
        AddAsync(path, kind, description, CompressionLevel.Optimal, (stream, token) => stream.WriteAsync(content, token).AsTask(), cancellationToken);

    /// <summary>Adds an entry whose content <paramref name="write"/> streams into the entry.</summary>
    public async Task AddAsync(
        string path, string kind, string? description, CompressionLevel compression, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var unique = UniquePath(path);
        var entry = _zip.CreateEntry(unique, compression);
        entry.LastWriteTime = _entryTime;
        var entryStream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (entryStream.ConfigureAwait(false))
        {
            using var hashing = new HashingWriteStream(entryStream);
            await write(hashing, cancellationToken).ConfigureAwait(false);
            _entries.Add(new ArchiveManifestEntry(unique, kind, hashing.FinishSha256(), hashing.BytesWritten, description));
        }

        await _spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <c>manifest.json</c> as the last entry; it lists every entry added before it.</summary>
    public async Task WriteManifestAsync(ArchiveManifest manifest, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(manifest, ReportJson.Options);
        var entry = _zip.CreateEntry(ArchiveManifest.FileName, CompressionLevel.Optimal);
        entry.LastWriteTime = _entryTime;
        var entryStream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (entryStream.ConfigureAwait(false))
        {
            await entryStream.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        }

        await _spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the ZIP's central directory to the output; the archive is unreadable without it.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _completed = true;
        await _zip.DisposeAsync().ConfigureAwait(false);
        await _spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the archive; without <see cref="CompleteAsync"/> first, the output holds an incomplete ZIP.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _zip.DisposeAsync().ConfigureAwait(false);
        }

        await _spool.DisposeAsync().ConfigureAwait(false);
    }

    private string UniquePath(string path)
    {
        var candidate = path;
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        for (var copy = 2; !_paths.Add(candidate) || candidate.Equals(ArchiveManifest.FileName, StringComparison.OrdinalIgnoreCase); copy++)
        {
            candidate = $"{stem}-{copy}{extension}";
        }

        return candidate;
    }
}
