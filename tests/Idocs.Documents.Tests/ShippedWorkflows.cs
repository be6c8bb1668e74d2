namespace Idocs.Documents.Tests;

/// <summary>Finds the repository's <c>workflows/</c> folder by walking up from the test binaries to Idocs.sln.</summary>
public static class ShippedWorkflows
{
    public static string Folder { get; } = FindFolder();

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Idocs.sln")))
            {
                return Path.Combine(directory.FullName, "workflows");
            }
        }

        throw new InvalidOperationException($"No Idocs.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
