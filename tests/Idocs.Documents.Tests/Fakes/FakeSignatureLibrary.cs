using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.Signing;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>
/// Stands in for the signature library. A "CMS" here is JSON naming the SHA-256 of the signed bytes
/// and a signer key. Verification recomputes the hash over the bytes it is given, so a signature
/// over other bytes fails as a real detached CMS would.
/// </summary>
public sealed class FakeSignatureLibrary : ISignatureAcceptancePort
{
    private readonly Dictionary<string, SignerFacts> _signers = [];
    private readonly HashSet<string> _indeterminate = [];

    public void Register(string signerKey, SignerFacts facts) => _signers[signerKey] = facts;

    /// <summary>Makes revocation checks for this signer fail to run, as when OCSP and CRL are unreachable.</summary>
    public void MakeIndeterminate(string signerKey) => _indeterminate.Add(signerKey);

    public static byte[] Sign(ReadOnlySpan<byte> content, string signerKey) =>
        JsonSerializer.SerializeToUtf8Bytes(new FakeCms(Convert.ToHexStringLower(SHA256.HashData(content)), signerKey));

    public Task<SignatureVerificationReport> VerifyDetachedAsync(
        ReadOnlyMemory<byte> content,
        ReadOnlyMemory<byte> signature,
        CancellationToken cancellationToken)
    {
        var reference = $"reports/{Guid.CreateVersion7()}";
        FakeCms? cms;
        try
        {
            cms = JsonSerializer.Deserialize<FakeCms>(signature.Span);
        }
        catch (JsonException)
        {
            cms = null;
        }

        if (cms is null || !_signers.TryGetValue(cms.SignerKey, out var signer))
        {
            return Report(SignatureReportStatus.Failed, reference, null, "not a CMS signature");
        }

        if (signer.Revocation == RevocationStatus.Revoked)
        {
            return Report(SignatureReportStatus.Failed, reference, signer, "certificate revoked");
        }

        if (cms.ContentSha256 != Convert.ToHexStringLower(SHA256.HashData(content.Span)))
        {
            return Report(SignatureReportStatus.Failed, reference, signer, "message digest does not match the content");
        }

        return _indeterminate.Contains(cms.SignerKey)
            ? Report(SignatureReportStatus.Indeterminate, reference, signer with { Revocation = RevocationStatus.Unknown }, "revocation status unknown")
            : Report(SignatureReportStatus.Passed, reference, signer, null);
    }

    private static Task<SignatureVerificationReport> Report(
        SignatureReportStatus status, string reference, SignerFacts? signer, string? reason) =>
        Task.FromResult(new SignatureVerificationReport(status, reference, signer, reason));

    private sealed record FakeCms(string ContentSha256, string SignerKey);
}
