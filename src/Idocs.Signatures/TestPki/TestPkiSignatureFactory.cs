using Org.BouncyCastle.Crypto;

namespace Idocs.Signatures.TestPki;

/// <summary>Lets BouncyCastle's certificate and CRL generators sign with a <see cref="TestPkiKey"/>, GOST included.</summary>
internal sealed class TestPkiSignatureFactory(TestPkiKey key) : ISignatureFactory
{
    public object AlgorithmDetails => key.SignatureAlgorithm;

    public IStreamCalculator<IBlockResult> CreateCalculator() => new Calculator(key);

    private sealed class Calculator(TestPkiKey key) : IStreamCalculator<IBlockResult>, IDisposable
    {
        private readonly MemoryStream _buffer = new();

        public Stream Stream => _buffer;

        public IBlockResult GetResult() => new SimpleBlockResult(key.Sign(_buffer.ToArray()));

        public void Dispose() => _buffer.Dispose();
    }
}
