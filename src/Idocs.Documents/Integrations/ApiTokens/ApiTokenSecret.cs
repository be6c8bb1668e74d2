using System.Security.Cryptography;
using System.Text;

namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>
/// Creates and hashes token secrets. A secret is <c>idocs_</c> followed by 43 base64url characters
/// (32 random bytes), so one SHA-256 hash without salt is enough: the secret cannot be guessed from
/// a word list, and the hash can be looked up by equality.
/// </summary>
public static class ApiTokenSecret
{
    public const string SecretPrefix = "idocs_";

    /// <summary>Characters of the secret kept in clear as <see cref="ApiToken.Prefix"/>.</summary>
    public const int DisplayedPrefixLength = 12;

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(2 * 366);

    public static string Create() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether <paramref name="value"/> has the shape of a secret this class creates.</summary>
    public static bool HasSecretShape(string value) =>
        value.Length == SecretPrefix.Length + 43 && value.StartsWith(SecretPrefix, StringComparison.Ordinal);
}
