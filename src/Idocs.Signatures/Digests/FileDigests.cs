using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Idocs.Signatures.Digests;

/// <summary>
/// The digests of one file under several algorithms, computed in a single pass over the stream so
/// that an upload is read once and any later signature can be checked without the file.
/// </summary>
public sealed class FileDigests
{
    private const int BufferSize = 64 * 1024;

    private readonly Dictionary<DigestAlgorithm, byte[]> _values;

    private FileDigests(Dictionary<DigestAlgorithm, byte[]> values, long length)
    {
        _values = values;
        Length = length;
    }

    /// <summary>Number of bytes digested.</summary>
    public long Length { get; }

    public IReadOnlyCollection<DigestAlgorithm> Algorithms => _values.Keys;

    /// <summary>Returns the digest for the algorithm, or null when it was not computed.</summary>
    public byte[]? Get(DigestAlgorithm algorithm) =>
        _values.TryGetValue(algorithm, out var value) ? (byte[])value.Clone() : null;

    /// <summary>Reads the stream to its end once and digests it with every algorithm given (all by default).</summary>
    public static async Task<FileDigests> ComputeAsync(
        Stream content,
        IEnumerable<DigestAlgorithm>? algorithms = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sinks = (algorithms ?? DigestAlgorithms.All).Distinct().Select(DigestSink.Create).ToList();
        var buffer = new byte[BufferSize];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            foreach (var sink in sinks)
            {
                sink.Append(buffer.AsSpan(0, read));
            }
        }

        return new FileDigests(sinks.ToDictionary(s => s.Algorithm, s => s.Finish()), length);
    }

    /// <summary>Digests bytes already in memory with every algorithm given (all by default).</summary>
    public static FileDigests Compute(ReadOnlySpan<byte> content, IEnumerable<DigestAlgorithm>? algorithms = null)
    {
        var values = (algorithms ?? DigestAlgorithms.All).Distinct()
            .ToDictionary(a => a, a => Array.Empty<byte>());
        foreach (var algorithm in values.Keys.ToList())
        {
            values[algorithm] = DigestAlgorithms.Compute(algorithm, content);
        }

        return new FileDigests(values, content.Length);
    }

    private sealed class DigestSink
    {
        private readonly IncrementalHash? _hash;
        private readonly IDigest? _digest;

        private DigestSink(DigestAlgorithm algorithm, IncrementalHash? hash, IDigest? digest)
        {
            Algorithm = algorithm;
            _hash = hash;
            _digest = digest;
        }

        public DigestAlgorithm Algorithm { get; }

        public static DigestSink Create(DigestAlgorithm algorithm)
        {
            HashAlgorithmName? name = algorithm switch
            {
                DigestAlgorithm.Sha1 => HashAlgorithmName.SHA1,
                DigestAlgorithm.Sha256 => HashAlgorithmName.SHA256,
                DigestAlgorithm.Sha384 => HashAlgorithmName.SHA384,
                DigestAlgorithm.Sha512 => HashAlgorithmName.SHA512,
                _ => null,
            };
            return name is { } dotNetName
                ? new DigestSink(algorithm, IncrementalHash.CreateHash(dotNetName), null)
                : new DigestSink(algorithm, null, DigestAlgorithms.CreateDigest(algorithm));
        }

        public void Append(ReadOnlySpan<byte> data)
        {
            if (_hash is not null)
            {
                _hash.AppendData(data);
            }
            else
            {
                _digest!.BlockUpdate(data);
            }
        }

        public byte[] Finish()
        {
            if (_hash is not null)
            {
                var value = _hash.GetHashAndReset();
                _hash.Dispose();
                return value;
            }

            var output = new byte[_digest!.GetDigestSize()];
            _digest.DoFinal(output);
            return output;
        }
    }
}
