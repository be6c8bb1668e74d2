using System.Buffers;
using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.PrintForms.Verification;

/// <summary>
/// Builds the address a signature's QR code encodes: the public verification page plus the
/// original's SHA-256, as <c>https://host/verify/{id}#sha256={hex}</c>. The digest sits in the
/// fragment, so browsers do not send it to the server, and the page can compare it with the
/// stored digest without a second request.
/// </summary>
public static class VerificationLink
{
    public const int MaxIdLength = 32;

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static Result<Uri> Build(Uri baseUrl, string verificationId, string sha256Hex)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);

        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            return Result<Uri>.Failure(
                PrintFormErrorCodes.InvalidOptions,
                $"Verification base URL '{baseUrl}' is not an absolute http(s) address. Set PrintForms:VerificationBaseUrl, for example https://idocs.kz.");
        }

        var idError = ValidateId(verificationId);
        if (idError is not null)
        {
            return Result<Uri>.Failure(idError);
        }

        var digestError = ValidateSha256(sha256Hex, "document SHA-256");
        if (digestError is not null)
        {
            return Result<Uri>.Failure(digestError);
        }

        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{root}/verify/{verificationId}#sha256={sha256Hex.ToLowerInvariant()}");
        return new Uri(text, UriKind.Absolute);
    }

    internal static Error? ValidateId(string? verificationId)
    {
        if (string.IsNullOrEmpty(verificationId) || verificationId.Length > MaxIdLength || verificationId.AsSpan().ContainsAnyExcept(IdCharacters))
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"Verification id '{verificationId}' is invalid: use 1 to {MaxIdLength} characters from A-Z, a-z, 0-9, '-' and '_'.");
        }

        return null;
    }

    internal static Error? ValidateSha256(string? hex, string valueName)
    {
        if (hex is null || hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The {valueName} '{hex}' is invalid: expected 64 hexadecimal digits.");
        }

        return null;
    }
}
