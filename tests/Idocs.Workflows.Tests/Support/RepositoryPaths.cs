namespace Idocs.Workflows.Tests.Support;

/// <summary>Finds folders of the repository by walking up from the test binaries to Idocs.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Idocs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Idocs.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
