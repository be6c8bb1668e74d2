namespace Idocs.Signatures.Certificates;

/// <summary>
/// Checks IIN (individual identification number) and BIN (business identification number): 12
/// digits whose last one is a check digit over the first 11 (same rule for both).
/// </summary>
public static class KazakhIdentifiers
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>
    /// Whether the value is 12 digits with a correct check digit. The check digit is the weighted
    /// sum of the first 11 digits modulo 11 with weights 1..11; when that gives 10, weights
    /// 3..11,1,2 are used instead, and a second 10 means no valid number has these 11 digits.
    /// </summary>
    public static bool HasValidChecksum(string? value)
    {
        if (value is not { Length: 12 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var check = WeightedSum(value, FirstWeights) % 11;
        if (check == 10)
        {
            check = WeightedSum(value, SecondWeights) % 11;
        }

        return check != 10 && check == value[11] - '0';
    }

    private static int WeightedSum(string value, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }

        return sum;
    }
}
