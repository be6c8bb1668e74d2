using Idocs.Signatures.Certificates;

namespace Idocs.Web.Tests.Accounts;

/// <summary>Random IINs and BINs with valid check digits, so each test registers profiles no other test uses.</summary>
public static class TestIdentifiers
{
    public static string NewIin() => New("9001013");

    public static string NewBin() => New("0401400");

    private static string New(string prefix)
    {
        while (true)
        {
            var body = prefix + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            for (var check = 0; check < 10; check++)
            {
                var candidate = body + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (KazakhIdentifiers.HasValidChecksum(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
