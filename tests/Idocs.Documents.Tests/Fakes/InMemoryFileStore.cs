using System.Security.Cryptography;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Content-addressed bytes in memory; refuses a key that is not the SHA-256 of the content.</summary>
public sealed class InMemoryFileStore : IFileStore
{
    private readonly Dictionary<string, byte[]> _files = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _files.Count;
            }
        }
    }

    public Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        if (actual != sha256)
        {
            throw new InvalidOperationException($"Key {sha256} is not the SHA-256 of the content ({actual}).");
        }

        lock (_gate)
        {
            _files[sha256] = content.ToArray();
        }

        return Task.CompletedTask;
    }

    public Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_files.TryGetValue(sha256, out var bytes) ? bytes.ToArray() : null);
        }
    }

    /// <summary>Replaces stored bytes behind the store's back, as an attacker with disk access could.</summary>
    public void Tamper(string sha256, byte[] content)
    {
        lock (_gate)
        {
            _files[sha256] = content;
        }
    }
}
