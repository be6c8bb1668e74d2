using Idocs.Common.Results;

namespace Idocs.Documents.Profiles;

/// <summary>
/// Checks of a Kazakh IIN or BIN: 12 digits, the last a check digit. The check digit is the sum of
/// the first 11 digits weighted 1 to 11, modulo 11. When that gives 10, the weights 3 to 11, 1, 2 are
/// used instead. A second 10 means no such number is issued.
/// </summary>
public static class IdentificationNumber
{
    public const int Length = 12;

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var check = WeightedSum(value, first: 1) % 11;
        if (check == 10)
        {
            check = WeightedSum(value, first: 3) % 11;
            if (check == 10)
            {
                return false;
            }
        }

        return check == value[11] - '0';
    }

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

    private static int WeightedSum(string value, int first)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            var weight = ((first - 1 + i) % 11) + 1;
            sum += (value[i] - '0') * weight;
        }

        return sum;
    }
}
