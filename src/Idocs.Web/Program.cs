using System.Text.Encodings.Web;
using System.Text.Unicode;
using Idocs.Documents;
using Idocs.Storage;
using Idocs.Storage.Documents;
using Idocs.Storage.Files;
using Idocs.Storage.Outbox;
using Idocs.Signatures;
using Idocs.Storage.Scheduling;
using Idocs.Storage.Workflows;
using Idocs.Workflows;
using Idocs.Web.Accounts;
using Idocs.Web.Api;
using Idocs.Web.Cabinet;
using Idocs.Web.Demo;
using Idocs.Web.Gateway;
using Idocs.Web.Api.Billing;
using Idocs.Storage.Billing;
using Idocs.Web.Components;
using Idocs.Web.Designer;
using Idocs.Web.Health;
using Idocs.Web.Localization;
using Idocs.Web.Signatures;
using Idocs.Web.Startup;
using Idocs.Web.Verification;
using Microsoft.Extensions.Options;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = DemoStartup.TranslateSwitch(args),
        ContentRootPath = ContentRoot.Resolve(args),
    });

    // Storage first: hosted services start in registration order, so migrations run before the
    // shipped workflows load and before the outbox and the scheduler start.
    builder.Services.AddIdocsStorage(builder.Configuration);
    builder.Services.AddWorkflowEngine();
    builder.Services.AddDocumentRouteActivities();
    builder.Services.AddIdocsWorkflowStorage(builder.Configuration);
    builder.Services.AddIdocsBilling(builder.Configuration);
    builder.Services.AddIdocsScheduler(builder.Configuration, quartz =>
    {
        quartz.AddWorkflowTimerJob(builder.Configuration);
        quartz.AddBillingJobs(builder.Configuration);
    });
    builder.Services.AddIdocsSignatures(builder.Configuration);
    builder.Services.AddHostedService<CrlRefreshService>();
    builder.Services.AddIdocsFileStore(builder.Configuration);
    builder.Services.AddIdocsDocumentsStorage();
    builder.Services.AddDocumentFlow();
    builder.Services.AddDocumentFlowPorts();
    builder.Services.AddOutboxHandler<DocumentMailOutboxHandler>();
    builder.Services.AddIdocsAccounts(builder.Configuration);
    builder.Services.AddIdocsHealthChecks();
    builder.Services.AddIdocsLocalization();
    builder.Services.AddProblemDetails();
    builder.Services.AddIdocsGateway(builder.Configuration);
    builder.Services.AddIdocsApi(builder.Configuration);
    builder.Services.AddIdocsCabinet(builder.Configuration);
    builder.AddIdocsDemo();
    builder.Services.AddIdocsEvidence(builder.Configuration);
    builder.Services.AddIdocsDesigner();

    // Pages carry Russian and Kazakh text, so HTML keeps Cyrillic letters as they are instead of
    // escaping each one as a character reference.
    builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

    var app = builder.Build();

    app.UseIdocsGateway();
    app.UseExceptionHandler();
    app.UseIdocsLocalization();
    // Authentication (session cookie or API token) and authorization run inside the API's middleware.
    app.UseIdocsApi();
    app.UseAntiforgery();

    app.MapIdocsHealthChecks();
    app.MapCultureSwitch();
    app.MapIdocsApi();
    app.MapIdocsCabinet();

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
