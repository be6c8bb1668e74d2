using System.Xml.Linq;

namespace Idocs.Architecture.Tests;

/// <summary>Reads the project references of every <c>src/*/*.csproj</c> of a repository.</summary>
public static class ProjectReferenceGraph
{
    public const string SolutionFileName = "Idocs.sln";

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> to the folder that contains Idocs.sln.
    /// Throws when there is none, because the check would otherwise pass on an empty graph.
    /// </summary>
    public static string FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{startDirectory}' contains {SolutionFileName}.");
    }

    /// <summary>
    /// Maps each project under <c>src/</c>, named by its file name without extension, to the
    /// projects its <c>ProjectReference</c> items include.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Load(string repositoryRoot)
    {
        var sourceFolder = Path.Combine(repositoryRoot, "src");
        var graph = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var projectFile in Directory.EnumerateFiles(sourceFolder, "*.csproj", SearchOption.AllDirectories))
        {
            graph[Path.GetFileNameWithoutExtension(projectFile)] = ReadProjectReferences(projectFile);
        }

        return graph;
    }

    private static List<string> ReadProjectReferences(string projectFile)
    {
        var document = XDocument.Load(projectFile);
        return document.Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => element.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
