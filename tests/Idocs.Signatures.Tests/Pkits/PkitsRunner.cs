using Idocs.Signatures.Reports;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Tests.Trust;
using Idocs.Signatures.Trust;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Tests.Pkits;

/// <summary>Runs one PKITS case through the chain validator with the case's CRLs, in RFC 5280 strict mode.</summary>
public static class PkitsRunner
{
    /// <summary>The PKITS signing date; every PKITS certificate and current CRL covers it.</summary>
    public static readonly DateTimeOffset ValidationTime = new(2011, 4, 14, 0, 0, 0, TimeSpan.Zero);

    public static async Task<ChainValidationResult> RunAsync(PkitsCase testCase)
    {
        var certificates = testCase.Certificates.Select(LoadCertificate).ToList();
        var store = new TrustStore([certificates[0]], certificates.Skip(1).SkipLast(1));
        var crls = new CrlStore();
        foreach (var name in testCase.Crls)
        {
            var path = Path.Combine(PkitsCase.DataFolder, "crls", name + ".crl");
            var parsed = IndexedCrl.Parse(File.ReadAllBytes(path), path);
            Assert.True(parsed.IsSuccess, parsed.Error?.Message);
            crls.Put(path, parsed.Value!);
        }

        var verifier = new TestSignatureVerifier();
        var validator = new CertificateChainValidator(
            store, verifier, new CrlRevocationSource(crls, verifier), NullLogger<CertificateChainValidator>.Instance);
        var settings = new PathValidationSettings
        {
            ValidationTime = ValidationTime,
            InitialPolicies = testCase.InitialPolicies,
            InitialExplicitPolicy = testCase.InitialExplicitPolicy,
            InitialPolicyMappingInhibit = testCase.InitialPolicyMappingInhibit,
            InitialAnyPolicyInhibit = testCase.InitialAnyPolicyInhibit,
            IndeterminateIsFailure = true,
        };

        return await validator.ValidateAsync(certificates[^1], settings);
    }

    public static string Verdict(ChainValidationResult result) => result.Indication switch
    {
        Indication.TotalPassed => "VALID",
        Indication.TotalFailed => "INVALID",
        _ => "INDETERMINATE",
    };

    private static X509Certificate LoadCertificate(string name)
    {
        var path = Path.Combine(PkitsCase.DataFolder, "certs", name + ".crt");
        var loaded = CertificateFiles.Load(path);
        Assert.True(loaded.IsSuccess, loaded.Error?.Message);
        return loaded.Value!;
    }
}
