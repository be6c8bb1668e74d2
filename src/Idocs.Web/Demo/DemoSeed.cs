using Idocs.Documents.Profiles;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Demo;

/// <summary>
/// Seeds the demo data set once, when the host starts in demo mode: the profiles, their people and
/// rights, and the documents in their stages. A database that already contains company A is left as
/// it is, so restarting the demo keeps what the user did.
/// </summary>
public sealed partial class DemoSeed(
    IServiceProvider services,
    DemoKeyRing keys,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoSeed> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var existing = await scope.ServiceProvider.GetRequiredService<IProfileStore>()
                .FindByIdentificationNumberAsync(DemoCast.CompanyA.Bin, cancellationToken);
            if (existing is not null)
            {
                LogAlreadySeeded(logger, DemoCast.CompanyA.Bin);
                return;
            }
        }

        var members = await new DemoAccountsSeed(services, keys).RunAsync(cancellationToken);
        var documents = members.IsSuccess
            ? await new DemoDocumentsSeed(services, keys, clock).RunAsync(members.Value, cancellationToken)
            : Idocs.Common.Results.Result.Failure(members.Error);
        if (!documents.IsSuccess)
        {
            // The cabinet still runs; the log names what is missing and how to start over.
            LogSeedFailed(logger, documents.Error.Code, documents.Error.Message);
            return;
        }

        LogSeeded(logger, DemoCast.Profiles.Count, DemoCast.People.Count, DemoCast.Documents.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is already in the database (profile with BIN {Bin} exists); nothing seeded")]
    private static partial void LogAlreadySeeded(ILogger logger, string bin);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Demo data seeded: {ProfileCount} profiles, {PersonCount} people, {DocumentCount} documents. Log in as the demo director through the demo signer")]
    private static partial void LogSeeded(ILogger logger, int profileCount, int personCount, int documentCount);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "Demo seed stopped with {ErrorCode}: {ErrorMessage}. Start over with an empty database and an empty demo keys folder")]
    private static partial void LogSeedFailed(ILogger logger, string errorCode, string errorMessage);
}
