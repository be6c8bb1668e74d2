using System.Security.Cryptography;
using System.Text;
using Idocs.Common.Results;
using Idocs.Documents.Authentication.Certificates;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>The test double of the verifier port over <see cref="TestPki"/>.</summary>
public sealed class TestPkiSignatureVerifier(TestPki pki) : ICertificateSignatureVerifier
{
    public Task<Result<VerifiedSigner>> VerifyChallengeAsync(SignedChallenge signedChallenge, ReadOnlyMemory<byte> expectedChallenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signedChallenge);
        var parts = Encoding.ASCII.GetString(signedChallenge.SignedData.Span).Split(':');
        if (parts.Length != 2)
        {
            return Task.FromResult(Result<VerifiedSigner>.Failure(AccountsErrorCodes.ChallengeSignatureInvalid, "The signed data is not a signature."));
        }

        var certificate = pki.Find(parts[0]);
        if (certificate is null)
        {
            return Task.FromResult(Result<VerifiedSigner>.Failure(AccountsErrorCodes.CertificateUntrusted, "The certificate was not issued by the test CA."));
        }

        var expectedMac = HMACSHA256.HashData(certificate.Key, expectedChallenge.Span);
        if (!CryptographicOperations.FixedTimeEquals(expectedMac, Convert.FromBase64String(parts[1])))
        {
            return Task.FromResult(Result<VerifiedSigner>.Failure(AccountsErrorCodes.ChallengeSignatureInvalid, "The signature does not match the challenge."));
        }

        return Task.FromResult(Result<VerifiedSigner>.Success(certificate.Signer with { Revocation = pki.RevocationOf(certificate) }));
    }
}
