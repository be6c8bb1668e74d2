using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Idocs.Benchmarks.Signatures;

/// <summary>
/// Verifications per second of whole CAdES signatures (detached, 4 KiB content, no timestamp) beside
/// the raw primitives they rest on, with the content given as bytes and as the digests stored at
/// upload. Chain and revocation are not part of the CMS numbers: without a trust evaluator they are
/// reported indeterminate at no cost. The raw GOST rows reuse one decoded key, as the verifier's key
/// cache does.
/// </summary>
[Config(typeof(Config))]
public class CmsVerificationBenchmarks
{
    private static readonly byte[] Content = RandomNumberGenerator.GetBytes(4096);

    private readonly CmsSignatureVerifier _verifier = new(
        new CmsVerificationOptions { Certificates = new() { ValidateIdentifierChecksums = false } },
        TimeProvider.System);

    private Sample _rsa = null!;
    private Sample _gost2004 = null!;
    private Sample _gost2015 = null!;
    private RSA _dotNetRsa = null!;
    private CmsContent _storedDigests = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rsa = Sample.Create("KEY_INDIVIDUAL_VALID_SIGN_2004.p12", "Qwerty12");
        _gost2004 = Sample.Create("KEY_CEO_SIGN_REVOKED_2004.p12", "Qwerty12");
        _gost2015 = Sample.Create("KEY_INDIVIDUAL_VALID_2015.p12", "Aa123456");
        _storedDigests = CmsContent.FromDigests(FileDigests.Compute(Content));
        _dotNetRsa = RSA.Create();
        _dotNetRsa.ImportSubjectPublicKeyInfo(_rsa.Key.Certificate.SubjectPublicKeyInfo.GetDerEncoded(), out _);
    }

    [GlobalCleanup]
    public void Cleanup() => _dotNetRsa.Dispose();

    [Benchmark(Description = "CMS RSA-2048")]
    public Task<IReadOnlyList<ValidationReport>> CmsRsa2048() => _verifier.VerifyAsync(_rsa.Cms, CmsContent.FromBytes(Content));

    [Benchmark(Description = "CMS GOST-2004")]
    public Task<IReadOnlyList<ValidationReport>> CmsGost2004() => _verifier.VerifyAsync(_gost2004.Cms, CmsContent.FromBytes(Content));

    [Benchmark(Description = "CMS GOST-2015-512")]
    public Task<IReadOnlyList<ValidationReport>> CmsGost2015() => _verifier.VerifyAsync(_gost2015.Cms, CmsContent.FromBytes(Content));

    [Benchmark(Description = "CMS RSA-2048, stored digests")]
    public Task<IReadOnlyList<ValidationReport>> CmsRsa2048Stored() => _verifier.VerifyAsync(_rsa.Cms, _storedDigests);

    [Benchmark(Description = "CMS GOST-2004, stored digests")]
    public Task<IReadOnlyList<ValidationReport>> CmsGost2004Stored() => _verifier.VerifyAsync(_gost2004.Cms, _storedDigests);

    [Benchmark(Description = "CMS GOST-2015-512, stored digests")]
    public Task<IReadOnlyList<ValidationReport>> CmsGost2015Stored() => _verifier.VerifyAsync(_gost2015.Cms, _storedDigests);

    [Benchmark(Description = "raw .NET RSA-2048 SHA-256")]
    public bool RawDotNetRsa() =>
        _dotNetRsa.VerifyData(Content, _rsa.RawSignature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark(Description = "raw BouncyCastle RSA-2048 SHA-256")]
    public bool RawBouncyCastleRsa()
    {
        var signer = SignerUtilities.GetSigner("SHA256WITHRSA");
        signer.Init(false, _rsa.Key.Certificate.GetPublicKey());
        signer.BlockUpdate(Content, 0, Content.Length);
        return signer.VerifySignature(_rsa.RawSignature);
    }

    [Benchmark(Description = "raw BouncyCastle GOST-2004 (D-Test)")]
    public bool RawBouncyCastleGost2004() => RawGost(_gost2004, new Gost3411Digest(Gost28147Engine.GetSBox("D-Test")));

    [Benchmark(Description = "raw BouncyCastle GOST-2015-512")]
    public bool RawBouncyCastleGost2015() => RawGost(_gost2015, new Gost3411_2012_512Digest());

    /// <summary>BouncyCastle's Gost3410DigestSigner takes s‖r big-endian, the reverse of the NCA layout.</summary>
    private static bool RawGost(Sample sample, Org.BouncyCastle.Crypto.IDigest digest)
    {
        var signer = new Gost3410DigestSigner(new ECGost3410Signer(), digest);
        signer.Init(false, sample.GostPublicKey);
        signer.BlockUpdate(Content, 0, Content.Length);
        return signer.VerifySignature(sample.ReversedRawSignature);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun);
            AddColumn(StatisticColumn.OperationsPerSecond);
        }
    }

    private sealed record Sample(SigningKey Key, byte[] Cms, byte[] RawSignature, byte[] ReversedRawSignature, ECPublicKeyParameters? GostPublicKey)
    {
        public static Sample Create(string file, string password)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "TestData", "kz-pki", "ncanode", "keys", file);
            var key = Pkcs12Reader.Read(File.ReadAllBytes(path), password).Value
                ?? throw new InvalidOperationException($"Key file {path} cannot be read.");
            var certificateKey = key.Certificate.SubjectPublicKeyInfo;
            var scheme = SignatureGenerator.SchemeFor(certificateKey);
            var raw = SignatureGenerator.Sign(key.PrivateKey, scheme, Content);
            var reversed = raw.Reverse().ToArray();
            var gostKey = GostPublicKeys.IsGostKey(certificateKey.Algorithm.Algorithm.Id)
                ? GostPublicKeys.Decode(certificateKey).Value!.Parameters
                : null;
            var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { SigningTime = DateTimeOffset.UtcNow });
            return new Sample(key, cms, raw, reversed, gostKey);
        }
    }
}
