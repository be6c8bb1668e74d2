using System.Globalization;
using Idocs.Web.Cabinet;

namespace Idocs.Web.Demo;

/// <summary>
/// Turns on demo mode with <c>--demo</c> or <c>Demo:Enabled=true</c>: demo keys from a local test PKI,
/// the PKI's OCSP and TSP server and an NCALayer test signer on loopback, and the cabinet pointed at it.
/// </summary>
public static class DemoStartup
{
    public const string Switch = "--demo";

    /// <summary>Rewrites the bare <c>--demo</c> switch as a configuration setting the host understands.</summary>
    public static string[] TranslateSwitch(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Select(arg => arg == Switch ? $"--{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}=true" : arg)];
    }

    public static WebApplicationBuilder AddIdocsDemo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddOptions<DemoOptions>()
            .Bind(builder.Configuration.GetSection(DemoOptions.Section))
            .ValidateDataAnnotations();
        var options = builder.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();

        // NOTE: demo mode starts only on request; starting it by itself in Development when the
        // database is empty needs the profile store, which this host does not have yet.
        if (!options.Enabled)
        {
            return builder;
        }

        var keys = DemoKeyRing.OpenOrCreate(options.KeysDirectory, options.PkiPort, TimeProvider.System);
        if (!keys.IsSuccess)
        {
            throw new InvalidOperationException($"Demo mode cannot prepare its keys in '{options.KeysDirectory}': {keys.Error.Message}");
        }

        var settings = new Dictionary<string, string?>
        {
            [$"{CabinetOptions.Section}:{nameof(CabinetOptions.SignerUrl)}"] =
                string.Create(CultureInfo.InvariantCulture, $"ws://127.0.0.1:{options.SignerPort}/"),
        };
        if (string.IsNullOrWhiteSpace(builder.Configuration["DocumentMail:SmtpHost"]) && string.IsNullOrWhiteSpace(builder.Configuration["DocumentMail:PickupFolder"]))
        {
            settings["DocumentMail:PickupFolder"] = Path.GetFullPath(options.MailDirectory);
        }

        AddList(settings, "Signatures:Trust:TrustAnchorFiles", keys.Value.TrustAnchorFiles);
        AddList(settings, "Signatures:Trust:IntermediateFiles", keys.Value.IntermediateFiles);
        AddList(settings, "Signatures:Crl:Sources", keys.Value.RootCrlUrls);
        builder.Configuration.AddInMemoryCollection(settings);

        builder.Services.AddSingleton(keys.Value);
        builder.Services.AddHostedService<DemoServices>();

        // Registered after the servers, so the seed's signatures find the test PKI's OCSP responder listening.
        builder.Services.AddHostedService<DemoSeed>();
        return builder;
    }

    /// <summary>Appends list entries under indexes high enough not to replace entries from other sources.</summary>
    private static void AddList(Dictionary<string, string?> settings, string key, IReadOnlyList<string> values)
    {
        const int FirstIndex = 1000;
        for (var index = 0; index < values.Count; index++)
        {
            settings[string.Create(CultureInfo.InvariantCulture, $"{key}:{FirstIndex + index}")] = values[index];
        }
    }
}
