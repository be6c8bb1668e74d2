namespace Idocs.Signatures.Tests.Pkits;

/// <summary>One row of the PKITS expected results table.</summary>
public sealed record PkitsCase(
    string Number,
    string Title,
    bool ExpectedValid,
    IReadOnlyList<string> Certificates,
    IReadOnlyList<string> Crls,
    IReadOnlySet<string> InitialPolicies,
    bool InitialExplicitPolicy,
    bool InitialPolicyMappingInhibit,
    bool InitialAnyPolicyInhibit)
{
    public const string AnyPolicy = "2.5.29.32.0";

    private static readonly Dictionary<string, string> PolicyNames = new()
    {
        ["NIST-test-policy-1"] = "2.16.840.1.101.3.2.1.48.1",
        ["NIST-test-policy-2"] = "2.16.840.1.101.3.2.1.48.2",
        ["NIST-test-policy-3"] = "2.16.840.1.101.3.2.1.48.3",
        ["NIST-test-policy-6"] = "2.16.840.1.101.3.2.1.48.6",
    };

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "Pkits", "TestData");

    public static IReadOnlyList<PkitsCase> LoadAll()
    {
        var lines = File.ReadAllLines(Path.Combine(DataFolder, "expected_results.csv"));
        return lines.Skip(1).Where(line => line.Length > 0).Select(Parse).ToList();
    }

    public override string ToString() => $"{Number} {Title}";

    private static PkitsCase Parse(string line)
    {
        var fields = SplitCsv(line);
        return new PkitsCase(
            fields[0],
            fields[1],
            fields[2] == "VALID",
            fields[3].Split(';'),
            fields[4].Length == 0 ? [] : fields[4].Split(';'),
            ParsePolicies(fields[5]),
            bool.Parse(fields[6]),
            bool.Parse(fields[7]),
            bool.Parse(fields[8]));
    }

    private static HashSet<string> ParsePolicies(string field) =>
        field == "(default anyPolicy)"
            ? [AnyPolicy]
            : field.Split(',').Select(name => PolicyNames[name.Trim()]).ToHashSet();

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
