namespace Idocs.Documents.Documents;

/// <summary>
/// Checks the form of a Kazakh BIN or IIN: 12 digits whose last digit is the control digit.
/// The control digit is the weighted sum of the first 11 digits modulo 11 with weights 1..11; when
/// that gives 10, the weights 3..11, 1, 2 are used instead, and a second 10 means the number is invalid.
/// </summary>
public static class TaxIdentifier
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 12)
        {
            return false;
        }

        foreach (var character in value)
        {
            if (character is < '0' or > '9')
            {
                return false;
            }
        }

        var control = WeightedSum(value, FirstWeights) % 11;
        if (control == 10)
        {
            control = WeightedSum(value, SecondWeights) % 11;
            if (control == 10)
            {
                return false;
            }
        }

        return control == value[11] - '0';
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
