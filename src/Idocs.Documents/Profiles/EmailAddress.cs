using System.Net.Mail;
using Idocs.Common.Results;

namespace Idocs.Documents.Profiles;

/// <summary>Validation of email addresses that come from users or certificates.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>Returns the trimmed address, or <see cref="AccountsErrorCodes.InvalidEmail"/> naming the value.</summary>
    public static Result<string> Parse(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength
            || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
        {
            return new Error(AccountsErrorCodes.InvalidEmail, $"The email '{value}' is not a valid address; enter it as name@example.kz.");
        }

        return trimmed;
    }
}
