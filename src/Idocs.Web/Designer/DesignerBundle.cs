using System.Text.Json;

namespace Idocs.Web.Designer;

/// <summary>
/// Finds the fingerprinted designer module from <c>wwwroot/designer/designer.manifest.json</c>,
/// which the npm build writes next to the bundle.
/// </summary>
public sealed class DesignerBundle(IWebHostEnvironment environment, ILogger<DesignerBundle> logger)
{
    public const string ManifestPath = "designer/designer.manifest.json";

    private string? _modulePath;

    /// <summary>Returns the module's path relative to the site root, or null when the bundle was not built.</summary>
    public string? ModulePath => _modulePath ??= ReadManifest();

    private string? ReadManifest()
    {
        var file = environment.WebRootFileProvider.GetFileInfo(ManifestPath);
        if (!file.Exists)
        {
            logger.LogWarning("The designer bundle is missing: {ManifestPath} was not found; build the web project with Node.js 20 or later", ManifestPath);
            return null;
        }

        using var stream = file.CreateReadStream();
        using var manifest = JsonDocument.Parse(stream);
        return manifest.RootElement.TryGetProperty("module", out var module) ? module.GetString() : null;
    }
}
