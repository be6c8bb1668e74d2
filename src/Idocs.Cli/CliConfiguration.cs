using Microsoft.Extensions.Configuration;

namespace Idocs.Cli;

/// <summary>
/// Configuration as the web host reads it: <c>appsettings.json</c> beside the executable, then
/// environment variables (<c>Storage__Provider</c>, ...), then the command's own options.
/// </summary>
public static class CliConfiguration
{
    public const string SettingsFileName = "appsettings.json";

    public static IConfiguration Build(IReadOnlyDictionary<string, string?> commandLineOverrides)
    {
        ArgumentNullException.ThrowIfNull(commandLineOverrides);

        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile(SettingsFileName, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(commandLineOverrides)
            .Build();
    }
}
