namespace Idocs.Signatures.Tests.Xml;

/// <summary>Paths of the XMLDSig test files copied to the test output under TestData/Xml.</summary>
internal static class XmlTestData
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "Xml");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static byte[] Read(params string[] parts) => File.ReadAllBytes(PathOf(parts));

    /// <summary>Splits a CSV line with double-quoted fields, as the expected-results files use.</summary>
    public static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
