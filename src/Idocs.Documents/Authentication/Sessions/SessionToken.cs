using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Idocs.Documents.Authentication.Sessions;

/// <summary>
/// Session tokens: 32 random bytes in base64url, given to the browser. Only their SHA-256 hash is
/// stored, so a leaked sessions table does not let anyone in.
/// </summary>
public static class SessionToken
{
    private const int TokenBytes = 32;

    /// <summary>The length of a token in base64url characters.</summary>
    public const int TokenLength = 43;

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>Returns the hex SHA-256 hash of the token, the key sessions are stored under.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }

    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && Base64Url.IsValid(token);
}
