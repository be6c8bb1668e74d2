using Idocs.Signatures.Digests;

namespace Idocs.Signatures.Tests.Digests;

public sealed class FileDigestsTests
{
    [Fact]
    public async Task ComputeAsync_LargeStream_MatchesEachAlgorithmAlone()
    {
        var content = new byte[300_000];
        new Random(7).NextBytes(content);
        using var stream = new MemoryStream(content);

        var digests = await FileDigests.ComputeAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(content.Length, digests.Length);
        Assert.Equal(DigestAlgorithms.All.Count, digests.Algorithms.Count);
        foreach (var algorithm in DigestAlgorithms.All)
        {
            Assert.Equal(DigestAlgorithms.Compute(algorithm, content), digests.Get(algorithm));
        }
    }

    [Fact]
    public async Task ComputeAsync_ReadsStreamOnce()
    {
        using var stream = new CountingStream(new byte[200_000]);

        await FileDigests.ComputeAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(200_000, stream.BytesRead);
    }

    [Fact]
    public async Task ComputeAsync_SelectedAlgorithms_ComputesOnlyThose()
    {
        using var stream = new MemoryStream([1, 2, 3]);

        var digests = await FileDigests.ComputeAsync(
            stream, [DigestAlgorithm.Streebog512], TestContext.Current.CancellationToken);

        Assert.Null(digests.Get(DigestAlgorithm.Sha256));
        Assert.NotNull(digests.Get(DigestAlgorithm.Streebog512));
    }

    [Fact]
    public void Compute_InMemory_MatchesStreaming()
    {
        byte[] content = [9, 8, 7, 6];

        var digests = FileDigests.Compute(content);

        Assert.Equal(DigestAlgorithms.Compute(DigestAlgorithm.Gost34311, content), digests.Get(DigestAlgorithm.Gost34311));
    }

    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
