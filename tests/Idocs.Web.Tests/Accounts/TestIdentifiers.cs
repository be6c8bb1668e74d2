using Idocs.Signatures.Certificates;

namespace Idocs.Web.Tests.Accounts;

/// <summary>IINs and BINs with valid check digits, unique within a test run, so each test registers profiles no other test uses.</summary>
public static class TestIdentifiers
{
    public static string NewIin() => New("9001013");

    public static string NewBin() => New("0401400");

    // Sequential from a random start, so identifiers within one test run never repeat: random picks
    // from 10,000 values collided every few hundred registrations.
    private static int _next = Random.Shared.Next(0, 10_000);

    private static string New(string prefix)
    {
        while (true)
        {
            var serial = Interlocked.Increment(ref _next) % 10_000;
            var body = prefix + serial.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
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
