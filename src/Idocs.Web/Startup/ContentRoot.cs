namespace Idocs.Web.Startup;

/// <summary>
/// Chooses the content root. The README starts the host from the repository root with
/// <c>dotnet run --project src/Idocs.Web</c>, where the working directory contains neither
/// appsettings.json nor the components, so the default is the folder of the built application.
/// The data folder stays relative to the working directory.
/// </summary>
public static class ContentRoot
{
    public static string? Resolve(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var configured = args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return configured ? null : AppContext.BaseDirectory;
    }
}
