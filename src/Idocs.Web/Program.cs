using System.Text.Encodings.Web;
using System.Text.Unicode;
using Idocs.Storage;
using Idocs.Storage.Files;
using Idocs.Signatures;
using Idocs.Storage.Scheduling;
using Idocs.Storage.Workflows;
using Idocs.Workflows;
using Idocs.Web.Api;
using Idocs.Web.Components;
using Idocs.Web.Designer;
using Idocs.Web.Health;
using Idocs.Web.Localization;
using Idocs.Web.Signatures;
using Idocs.Web.Startup;
using Microsoft.Extensions.Options;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ContentRootPath = ContentRoot.Resolve(args),
    });

    // Storage first: hosted services start in registration order, so migrations run before the
    // shipped workflows load and before the outbox and the scheduler start.
    builder.Services.AddIdocsStorage(builder.Configuration);
    builder.Services.AddWorkflowEngine();
    builder.Services.AddIdocsWorkflowStorage(builder.Configuration);
    builder.Services.AddIdocsScheduler(builder.Configuration, quartz => quartz.AddWorkflowTimerJob(builder.Configuration));
    builder.Services.AddIdocsSignatures(builder.Configuration);
    builder.Services.AddHostedService<CrlRefreshService>();
    builder.Services.AddIdocsFileStore(builder.Configuration);
    builder.Services.AddIdocsHealthChecks();
    builder.Services.AddIdocsLocalization();
    builder.Services.AddProblemDetails();
    builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(DesignerWebServiceCollectionExtensions.AllowDefinitionMessages);
    builder.Services.AddIdocsDesigner();

    // Pages carry Russian and Kazakh text, so HTML keeps Cyrillic letters as they are instead of
    // escaping each one as a character reference.
    builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

    var app = builder.Build();

    app.UseExceptionHandler();
    app.UseIdocsLocalization();
    app.UseAntiforgery();

    app.MapIdocsHealthChecks();
    app.MapCultureSwitch();
    app.MapIdocsApi();
    app.MapStaticAssets();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.InitializeStorageAsync(app.Lifetime.ApplicationStopping);
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException)
{
    // A setting that fails validation is an operator's mistake, not a crash: print the message
    // that names the setting and exit with a plain failure code instead of an abort.
    await Console.Error.WriteLineAsync($"Idocs stopped: {exception.Message}");
    return 1;
}

/// <summary>The web host's entry point, public so that tests can start it in process.</summary>
public partial class Program;
