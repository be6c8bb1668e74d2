using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Passports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.PrintForms.Tests;

public sealed class PrintFormsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPrintForms_WithLogger_ResolvesBothRenderers()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));

        services.AddPrintForms(options => options.VerificationBaseUrl = new Uri("https://idocs.kz"));
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<PrintFormRenderer>());
        Assert.NotNull(provider.GetRequiredService<PassportRenderer>());
    }
}
