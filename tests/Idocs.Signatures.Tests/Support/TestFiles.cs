namespace Idocs.Signatures.Tests.Support;

/// <summary>Locates files under the TestData folder copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static byte[] Read(string relativePath) => File.ReadAllBytes(PathOf(relativePath));

    /// <summary>Lists files under a TestData folder matching a pattern, as paths relative to TestData.</summary>
    public static IEnumerable<string> List(string folder, string pattern) =>
        Directory.EnumerateFiles(PathOf(folder), pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal);
}
