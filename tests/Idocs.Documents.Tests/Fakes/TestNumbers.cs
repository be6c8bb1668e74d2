using Idocs.Documents.Profiles;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Valid IINs and BINs for tests, built from a sequence number with the right check digit.</summary>
public static class TestNumbers
{
    /// <summary>Returns the IIN of a man born 1985-01-01 with sequence number near <paramref name="sequence"/>.</summary>
    public static string Iin(int sequence) => WithCheckDigit("8501013", sequence);

    /// <summary>Returns the BIN of a legal entity registered in April 2019 with sequence number near <paramref name="sequence"/>.</summary>
    public static string Bin(int sequence) => WithCheckDigit("1904400", sequence);

    private static string WithCheckDigit(string prefix, int sequence)
    {
        for (var candidate = sequence; ; candidate++)
        {
            var first11 = prefix + (candidate % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            for (var check = 0; check <= 9; check++)
            {
                var number = first11 + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (IdentificationNumber.IsValid(number))
                {
                    return number;
                }
            }
        }
    }
}
