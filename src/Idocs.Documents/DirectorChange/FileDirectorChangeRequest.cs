using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.DirectorChange;

/// <summary>
/// Files a director change request for the current company: the future director, the appointment
/// order's number, date and file. Open to the Director and Admins.
/// </summary>
public sealed partial class FileDirectorChangeRequest(
    ProfileAuthorizer authorizer,
    IProfileStore profiles,
    IEmployeeStore employees,
    IDirectorChangeRequestStore requests,
    AuditRecorder audit,
    TimeProvider clock,
    ILogger<FileDirectorChangeRequest> logger)
{
    public const int MaxFieldLength = 300;

    /// <summary>The largest appointment order file accepted, 20 MiB.</summary>
    public const long MaxOrderFileBytes = 20L * 1024 * 1024;

    // Owner is listed so that a sole proprietor gets the clearer "only for companies" error.
    private static readonly ProfileRole[] AllowedRoles = [ProfileRole.Director, ProfileRole.Owner, ProfileRole.Admin];

    public async Task<Result<DirectorChangeRequest>> RunAsync(Guid actorPersonId, DirectorChangeApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var actor = await authorizer.RequireRoleAsync(actorPersonId, AllowedRoles, "file a director change request", cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error;
        }

        var profile = await profiles.FindAsync(actor.Value.ProfileId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The current profile {actor.Value.ProfileId} does not exist.");
        if (profile.Kind != ProfileKind.Company)
        {
            return new Error(AccountsErrorCodes.DirectorChangeOnlyForCompanies, "Only a company profile has a director to change.");
        }

        var valid = Validate(application);
        if (!valid.IsSuccess)
        {
            return valid.Error;
        }

        var head = await employees.FindHeadAsync(cancellationToken).ConfigureAwait(false);
        if (head is not null && head.Iin == valid.Value.Iin)
        {
            return new Error(AccountsErrorCodes.FutureDirectorIsCurrent, $"The person with IIN {valid.Value.Iin} is already the Director.");
        }

        var now = clock.GetUtcNow();
        var request = DirectorChangeRequest.File(
            profile.Id,
            valid.Value.Iin,
            application.FutureDirectorFullName!.Trim(),
            valid.Value.Email,
            application.OrderNumber!.Trim(),
            application.OrderDate!.Value,
            application.OrderFile!,
            AuditActor.ForEmployee(actor.Value),
            now,
            clock);
        if (!await requests.TryAddAsync(request, cancellationToken).ConfigureAwait(false))
        {
            return new Error(
                AccountsErrorCodes.DirectorChangeAlreadyPending,
                "The company already has a director change request waiting for support; wait for its review.");
        }

        await audit.RecordAsync(
            AuditEventType.DirectorChangeRequested,
            AuditActor.ForEmployee(actor.Value),
            request.Id,
            new DirectorChangeAuditPayload(request.Id, request.FutureDirectorIin, request.FutureDirectorFullName, head?.Id, null),
            cancellationToken).ConfigureAwait(false);
        LogFiled(logger, request.Id, profile.Id);
        return request;
    }

    private Result<(string Iin, string? Email)> Validate(DirectorChangeApplication application)
    {
        if (application.OrderFile is not { } file || file.FileId == Guid.Empty)
        {
            return new Error(AccountsErrorCodes.AppointmentOrderMissing, "The appointment order file is missing; upload the signed order that appoints the new director.");
        }

        if (string.IsNullOrWhiteSpace(file.FileName) || file.SizeBytes <= 0 || file.SizeBytes > MaxOrderFileBytes)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The appointment order file '{file.FileName}' is empty, unnamed or larger than {MaxOrderFileBytes / (1024 * 1024)} MiB; upload the order again.");
        }

        var missing = MissingField(application);
        if (missing is not null)
        {
            return new Error(AccountsErrorCodes.DirectorChangeFieldMissing, $"The field '{missing}' is empty or longer than {MaxFieldLength} characters; fill it in.");
        }

        if (application.OrderDate!.Value > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The order date {application.OrderDate:yyyy-MM-dd} is in the future; enter the date the order was signed.");
        }

        var iin = IdentificationNumber.Parse(application.FutureDirectorIin, "future director's IIN");
        if (!iin.IsSuccess)
        {
            return iin.Error;
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(application.FutureDirectorEmail))
        {
            var parsed = EmailAddress.Parse(application.FutureDirectorEmail);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            email = parsed.Value;
        }

        return (iin.Value, email);
    }

    private static string? MissingField(DirectorChangeApplication application)
    {
        if (IsBlankOrLong(application.FutureDirectorIin))
        {
            return "future director's IIN";
        }

        if (IsBlankOrLong(application.FutureDirectorFullName))
        {
            return "future director's full name";
        }

        if (IsBlankOrLong(application.OrderNumber))
        {
            return "order number";
        }

        return application.OrderDate is null ? "order date" : null;
    }

    private static bool IsBlankOrLong(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > MaxFieldLength;

    [LoggerMessage(Level = LogLevel.Information, Message = "Filed director change request {DirectorChangeRequestId} for profile {ProfileId}")]
    private static partial void LogFiled(ILogger logger, Guid directorChangeRequestId, Guid profileId);
}
