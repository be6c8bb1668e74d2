using Idocs.Common.Results;
using Idocs.Signatures.Certificates;

namespace Idocs.Documents.Profiles;

/// <summary>
/// Parses a Kazakh IIN or BIN entered by a user: 12 digits with a check digit, as
/// <see cref="KazakhIdentifiers.HasValidChecksum"/> defines it.
/// </summary>
public static class IdentificationNumber
{
    public const int Length = 12;

    public static bool IsValid(string? value) => KazakhIdentifiers.HasValidChecksum(value);

    /// <summary>Returns the trimmed number, or an error naming <paramref name="fieldName"/> and the rule.</summary>
    public static Result<string> Parse(string? value, string fieldName)
    {
        var trimmed = value?.Trim();
        if (!IsValid(trimmed))
        {
            return new Error(
                AccountsErrorCodes.InvalidIdentificationNumber,
                $"The {fieldName} '{value}' is not a valid 12-digit IIN/BIN (wrong length, non-digits or a wrong check digit); check the number.");
        }

        return trimmed!;
    }
}
