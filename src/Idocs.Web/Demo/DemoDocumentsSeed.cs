using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Tenancy;
using Idocs.Documents.Uploads;

namespace Idocs.Web.Demo;

/// <summary>
/// Creates the demo documents through the document use cases and drives each route to its stage:
/// approvals, signatures made with the demo people's keys, delivery to the registered
/// counterparty, its signature or rejection, and the emailed link to the individual.
/// </summary>
public sealed class DemoDocumentsSeed(IServiceProvider services, DemoKeyRing keys, TimeProvider clock)
{
    private const string RejectionReason = "Сумма не совпадает с нашим расчётом; пришлите исправленную редакцию.";

    public async Task<Result> RunAsync(IReadOnlyList<DemoMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        foreach (var demo in DemoCast.Documents)
        {
            var seeded = await SeedAsync(demo, members, cancellationToken);
            if (!seeded.IsSuccess)
            {
                return Result.Failure(seeded.Error.Code, $"Demo document {demo.Number}: {seeded.Error.Message}");
            }
        }

        return Result.Success();
    }

    private async Task<Result> SeedAsync(DemoDocument demo, IReadOnlyList<DemoMember> members, CancellationToken cancellationToken)
    {
        var author = Member(members, demo.Owner, demo.Author);
        var signer = Member(members, demo.Owner, demo.Signer);
        var bytes = DemoPdf.Render(demo);
        var created = await CreateAsync(demo, author, bytes, cancellationToken);
        if (!created.IsSuccess || demo.Stage == DemoDocumentStage.Draft)
        {
            return created.IsSuccess ? Result.Success() : created.Error;
        }

        var documentId = created.Value.Id;
        var fileSha256 = created.Value.Files[0].Sha256;
        List<RouteStage> stages = demo.Approver is { } approver
            ? [new RouteStage(RouteStepKind.Approve, [Member(members, demo.Owner, approver).EmployeeId]), new RouteStage(RouteStepKind.Sign, [signer.EmployeeId])]
            : [new RouteStage(RouteStepKind.Sign, [signer.EmployeeId])];
        var steps = new List<Func<Task<Result>>>
        {
            () => StartRouteAsync(author, documentId, stages, cancellationToken),
        };
        if (demo.Approver is not null)
        {
            steps.Add(() => ApproveAsync(Member(members, demo.Owner, demo.Approver), documentId, cancellationToken));
        }

        var stopAfter = demo.Stage switch
        {
            DemoDocumentStage.OnApproval => 1,
            DemoDocumentStage.WaitingForSignature => steps.Count,
            _ => int.MaxValue,
        };
        steps.Add(() => SignAsync(signer, documentId, fileSha256, bytes, cancellationToken));
        foreach (var step in steps.Take(stopAfter))
        {
            var done = await step();
            if (!done.IsSuccess)
            {
                return done;
            }
        }

        if (demo.Stage is not (DemoDocumentStage.SignedByAllParties or DemoDocumentStage.Rejected))
        {
            return Result.Success();
        }

        return await AnswerAsync(demo, members, signer.ProfileId, documentId, bytes, cancellationToken);
    }

    /// <summary>The counterparty's head signs or rejects the incoming copy of <paramref name="documentId"/>.</summary>
    private async Task<Result> AnswerAsync(
        DemoDocument demo, IReadOnlyList<DemoMember> members, Guid senderProfileId, Guid documentId, byte[] bytes, CancellationToken cancellationToken)
    {
        var receiver = Member(members, demo.CounterpartyProfile!, DemoCast.HeadOf(demo.CounterpartyProfile!));
        var copyId = await FindIncomingCopyAsync(senderProfileId, documentId, cancellationToken);
        if (copyId is null)
        {
            return Result.Failure(CommonErrorCodes.NotFound, $"The delivery of document {documentId} to {demo.CounterpartyProfile!.Name} left no incoming copy.");
        }

        var started = await StartRouteAsync(receiver, copyId.Value, [new RouteStage(RouteStepKind.Sign, [receiver.EmployeeId])], cancellationToken);
        if (!started.IsSuccess)
        {
            return started;
        }

        if (demo.Stage == DemoDocumentStage.Rejected)
        {
            return await InProfileAsync(receiver.ProfileId, async provider => Plain(await provider.GetRequiredService<RejectDocument>().RejectAsync(
                new StepCommand(copyId.Value, receiver.EmployeeId, $"demo-reject-{copyId}", null, RejectionReason), cancellationToken)));
        }

        var copyFileSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return await SignAsync(receiver, copyId.Value, copyFileSha256, bytes, cancellationToken);
    }

    private Task<Result<Document>> CreateAsync(DemoDocument demo, DemoMember author, byte[] bytes, CancellationToken cancellationToken)
    {
        Counterparty? counterparty = null;
        if (demo.CounterpartyProfile is { } profile)
        {
            var kind = profile.Kind == "company" ? CounterpartyIdentifierKind.Bin : CounterpartyIdentifierKind.Iin;
            counterparty = Counterparty.Create(kind, profile.Bin, profile.Name).Value;
        }
        else if (demo.CounterpartyPerson is { } person)
        {
            counterparty = Counterparty.Create(CounterpartyIdentifierKind.Email, person.Email, person.FullName).Value;
        }

        var amount = demo.AmountKzt is { } value ? Money.Create(value, "KZT").Value : null;
        var command = new CreateDocumentCommand(
            author.EmployeeId,
            counterparty is null ? DocumentKind.Internal : DocumentKind.ExternalOutgoing,
            demo.Number,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            demo.Title,
            [new IncomingFile(demo.Number + ".pdf", new MemoryStream(bytes))],
            amount,
            counterparty is null ? [] : [counterparty],
            FolderId: null,
            new Dictionary<string, string>(StringComparer.Ordinal),
            IpAddress: null);
        return InProfileAsync(author.ProfileId, provider =>
            provider.GetRequiredService<CreateDocument>().CreateAsync(command, CultureInfo.GetCultureInfo("ru"), cancellationToken));
    }

    private Task<Result> StartRouteAsync(DemoMember author, Guid documentId, IReadOnlyList<RouteStage> stages, CancellationToken cancellationToken) =>
        InProfileAsync(author.ProfileId, async provider => Plain(await provider.GetRequiredService<StartRoute>().StartAsync(
            new StartRouteCommand(documentId, author.EmployeeId, stages, TemplateId: null, IpAddress: null), cancellationToken)));

    private Task<Result> ApproveAsync(DemoMember approver, Guid documentId, CancellationToken cancellationToken) =>
        InProfileAsync(approver.ProfileId, async provider => Plain(await provider.GetRequiredService<ApproveDocument>().ApproveAsync(
            new StepCommand(documentId, approver.EmployeeId, $"demo-approve-{documentId}", IpAddress: null), cancellationToken)));

    private async Task<Result> SignAsync(DemoMember signer, Guid documentId, string fileSha256, byte[] bytes, CancellationToken cancellationToken)
    {
        var key = DemoPersonKey.Open(keys, signer.Person);
        if (!key.IsSuccess)
        {
            return Result.Failure(key.Error);
        }

        var cms = key.Value.SignDetachedCms(bytes);
        return await InProfileAsync(signer.ProfileId, async provider => Plain(await provider.GetRequiredService<SignDocument>().SignAsync(
            new SignCommand(documentId, signer.EmployeeId, fileSha256, cms, $"demo-sign-{documentId}", IpAddress: null), cancellationToken)));
    }

    /// <summary>The incoming copy the delivery created, named in the sent document's passport.</summary>
    private Task<Guid?> FindIncomingCopyAsync(Guid senderProfileId, Guid documentId, CancellationToken cancellationToken) =>
        InProfileAsync(senderProfileId, async provider =>
        {
            var events = await provider.GetRequiredService<IPassportStore>().ListAsync(documentId, cancellationToken);
            foreach (var passportEvent in events.Where(passportEvent => passportEvent.Type == PassportEventType.Delivered))
            {
                using var payload = JsonDocument.Parse(passportEvent.PayloadJson);
                if (payload.RootElement.TryGetProperty("incomingCopy", out var copy) && copy.TryGetGuid(out var copyId))
                {
                    return (Guid?)copyId;
                }
            }

            return null;
        });

    private async Task<T> InProfileAsync<T>(Guid profileId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterProfile(profileId);
        return await action(scope.ServiceProvider);
    }

    private static DemoMember Member(IReadOnlyList<DemoMember> members, DemoProfile profile, DemoPerson person) =>
        members.Single(member => member.Person == person && member.Profile == profile);

    private static Result Plain<T>(Result<T> result) => result.IsSuccess ? Result.Success() : Result.Failure(result.Error);
}
