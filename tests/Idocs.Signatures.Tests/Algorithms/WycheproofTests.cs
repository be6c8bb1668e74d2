using System.Text.Json;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Tests.Algorithms;

/// <summary>
/// Wycheproof signature vectors. Policy for "acceptable" vectors: they are rejected, because Idocs
/// verifies signatures made by current NCA software, which never produces those encodings.
/// </summary>
public sealed class WycheproofTests
{
    private readonly SignatureVerifier _verifier = new();

    public static TheoryData<string, string> Files() => new()
    {
        { "wycheproof/testvectors_v1/rsa_signature_2048_sha256_test.json", SignatureOids.Sha256WithRsa },
        { "wycheproof/testvectors_v1/ecdsa_secp256r1_sha256_test.json", SignatureOids.EcdsaWithSha256 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Verify_VectorFile_AcceptsValidAndRejectsTheRest(string file, string signatureOid)
    {
        var failures = new List<string>();
        var counts = new Dictionary<string, int>();

        foreach (var (tcId, expected, actual) in Run(file, signatureOid))
        {
            counts[expected] = counts.GetValueOrDefault(expected) + 1;
            var accept = expected == "valid";
            if (accept != actual)
            {
                failures.Add($"tcId {tcId}: expected {expected}, verifier returned {(actual ? "valid" : "invalid")}");
            }
        }

        Assert.Empty(failures);
        Assert.True(counts.GetValueOrDefault("valid") > 0, "the file must contain valid vectors");
        Assert.True(counts.GetValueOrDefault("invalid") > 0, "the file must contain invalid vectors");
    }

    [Fact]
    public void Verify_AcceptableMissingNull_IsRejected()
    {
        var results = Run(Files().First().Data.Item1, SignatureOids.Sha256WithRsa)
            .Where(r => r.Expected == "acceptable")
            .ToList();

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.False(r.Actual, $"tcId {r.TcId} is acceptable and must be rejected by policy"));
    }

    private IEnumerable<(int TcId, string Expected, bool Actual)> Run(string file, string signatureOid)
    {
        using var document = JsonDocument.Parse(TestFiles.Read(file));
        var algorithm = new AlgorithmIdentifier(new DerObjectIdentifier(signatureOid));
        foreach (var group in document.RootElement.GetProperty("testGroups").EnumerateArray())
        {
            var key = SubjectPublicKeyInfo.GetInstance(Convert.FromHexString(group.GetProperty("publicKeyDer").GetString()!));
            foreach (var test in group.GetProperty("tests").EnumerateArray())
            {
                var message = Convert.FromHexString(test.GetProperty("msg").GetString()!);
                var signature = Convert.FromHexString(test.GetProperty("sig").GetString()!);
                var result = _verifier.Verify(key, algorithm, message, signature);
                yield return (test.GetProperty("tcId").GetInt32(), test.GetProperty("result").GetString()!, result.IsSuccess);
            }
        }
    }
}
