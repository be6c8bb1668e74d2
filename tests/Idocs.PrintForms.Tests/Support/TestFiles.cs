namespace Idocs.PrintForms.Tests.Support;

/// <summary>Files under TestData/Documents; their sources and licences are in its MANIFEST.md.</summary>
public static class TestFiles
{
    public static string DocumentsFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "Documents");

    public static byte[] Read(string fileName) => File.ReadAllBytes(Path.Combine(DocumentsFolder, fileName));
}
