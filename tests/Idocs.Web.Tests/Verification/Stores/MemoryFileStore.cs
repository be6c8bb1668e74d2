using System.Collections.Concurrent;
using System.Security.Cryptography;
using Idocs.Documents.Uploads;

namespace Idocs.Web.Tests.Verification.Stores;

/// <summary>Content-addressed bytes in memory; rejects a key that is not the SHA-256 of the content.</summary>
public sealed class MemoryFileStore : IFileStore
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        if (actual != sha256)
        {
            throw new InvalidOperationException($"Key {sha256} is not the SHA-256 of the content ({actual}).");
        }

        _files[sha256] = content.ToArray();
        return Task.CompletedTask;
    }

    /// <summary>Stores the bytes under their SHA-256 and returns the key.</summary>
    public string Put(byte[] content)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(content));
        _files[key] = content.ToArray();
        return key;
    }

    public Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(sha256, out var bytes) ? bytes.ToArray() : null);
}
