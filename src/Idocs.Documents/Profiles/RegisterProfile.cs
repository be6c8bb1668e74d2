using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Employees;
using Idocs.Documents.Events;
using Idocs.Documents.People;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Profiles;

/// <summary>
/// Registers a company, sole proprietor or individual from a signed registration challenge. The
/// profile takes its BIN or IIN, name and email from the certificate; the person becomes its
/// Director (company) or owner; a <see cref="ProfileRegistered"/> event starts the free trial.
/// </summary>
/// <remarks>
/// TODO: the profile, person, head, audit event and outbox row are saved by separate store calls.
/// Storage must run this use case in one transaction, so that a failure cannot leave a profile
/// without a head or a profile without its trial event.
/// </remarks>
public sealed partial class RegisterProfile(
    VerifyChallengeResponse verifyChallenge,
    IProfileStore profiles,
    RecordPersonLogin recordPersonLogin,
    IEmployeeStore employees,
    AuditRecorder audit,
    IAccountEventOutbox outbox,
    OpenSession openSession,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<RegisterProfile> logger)
{
    /// <summary>The maximum length of a profile name.</summary>
    public const int MaxNameLength = 300;

    public async Task<Result<RegistrationOutcome>> RunAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Kind))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The profile type {request.Kind} is unknown; choose Company, SoleProprietor or Individual.");
        }

        if (request.Name is { Length: > MaxNameLength })
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The profile name is longer than {MaxNameLength} characters; shorten it.");
        }

        var verified = await verifyChallenge.RunAsync(request.Response, ChallengePurpose.Registration, cancellationToken).ConfigureAwait(false);
        if (!verified.IsSuccess)
        {
            return verified.Error;
        }

        var signer = verified.Value;
        var details = ReadProfileDetails(request, signer);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        var (identificationNumber, name, email) = details.Value;
        var existing = await profiles.FindByIdentificationNumberAsync(identificationNumber, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return AlreadyRegistered(request.Kind, identificationNumber, signer.Iin);
        }

        var now = clock.GetUtcNow();
        var person = await recordPersonLogin.RunAsync(signer, cancellationToken).ConfigureAwait(false);
        var profile = Profile.Register(request.Kind, identificationNumber, name, email, now, clock);
        if (!await profiles.TryAddAsync(profile, cancellationToken).ConfigureAwait(false))
        {
            return AlreadyRegistered(request.Kind, identificationNumber, signer.Iin);
        }

        Employee head;
        using (tenant.EnterProfile(profile.Id))
        {
            var headRole = request.Kind == ProfileKind.Company ? ProfileRole.Director : ProfileRole.Owner;
            head = Employee.CreateHead(profile.Id, person.Id, signer.Iin, signer.FullName, signer.Email ?? email, headRole, now, clock);
            if (!await employees.TryAddAsync(head, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The new profile {profile.Id} already has a head.");
            }

            await audit.RecordAsync(
                AuditEventType.ProfileRegistered,
                AuditActor.ForEmployee(head),
                profile.Id,
                new ProfileAuditPayload(profile.Kind, identificationNumber, name, signer.SerialNumber),
                cancellationToken).ConfigureAwait(false);
        }

        await outbox.EnqueueAsync(
            new ProfileRegistered(IdGenerator.NewId(clock), now, profile.Id, profile.Kind, identificationNumber, name, email),
            cancellationToken).ConfigureAwait(false);
        var session = await openSession
            .RunAsync(person.Id, request.Response.Origin, (profile.Id, head.Id), cancellationToken)
            .ConfigureAwait(false);
        LogRegistered(logger, profile.Id, profile.Kind);
        return new RegistrationOutcome(profile, person, head, session);
    }

    private static Result<(string IdentificationNumber, string Name, string Email)> ReadProfileDetails(RegistrationRequest request, VerifiedSigner signer)
    {
        var certificateCheck = CheckCertificateFitsKind(request.Kind, signer);
        if (!certificateCheck.IsSuccess)
        {
            return certificateCheck.Error;
        }

        var identificationNumber = request.Kind == ProfileKind.Company ? signer.Bin : signer.Iin;
        if (!IsTwelveDigits(signer.Iin) || !IsTwelveDigits(identificationNumber))
        {
            var missing = request.Kind == ProfileKind.Company ? "a 12-digit IIN and BIN" : "a 12-digit IIN";
            return new Error(
                AccountsErrorCodes.CertificateIdentifierMissing,
                $"The certificate {signer.SerialNumber} does not carry {missing}; use a certificate issued by NCA RK to the registering person.");
        }

        var emailSource = string.IsNullOrWhiteSpace(request.Email) ? signer.Email : request.Email;
        if (string.IsNullOrWhiteSpace(emailSource))
        {
            return new Error(AccountsErrorCodes.EmailMissing, "The certificate has no email; enter the profile's email.");
        }

        var email = EmailAddress.Parse(emailSource);
        if (!email.IsSuccess)
        {
            return email.Error;
        }

        var name = string.IsNullOrWhiteSpace(request.Name) ? DefaultName(request.Kind, signer) : request.Name.Trim();
        return (identificationNumber!, name, email.Value);
    }

    private static Result CheckCertificateFitsKind(ProfileKind kind, VerifiedSigner signer)
    {
        if (kind == ProfileKind.Company)
        {
            if (signer.SubjectKind != CertificateSubjectKind.LegalEntity)
            {
                return Result.Failure(
                    AccountsErrorCodes.LegalEntityCertificateRequired,
                    $"The certificate {signer.SerialNumber} is issued to an individual; a company registers with a legal-entity certificate of its first head or of an employee with the right to sign.");
            }

            if ((signer.Roles & (SignerRoles.FirstHead | SignerRoles.RightToSign)) == SignerRoles.None)
            {
                return Result.Failure(
                    AccountsErrorCodes.CompanySignerNotAuthorized,
                    $"The certificate {signer.SerialNumber} belongs to neither the first head nor an employee with the right to sign; register with such a person's certificate.");
            }

            return Result.Success();
        }

        if (signer.SubjectKind != CertificateSubjectKind.Individual)
        {
            return Result.Failure(
                AccountsErrorCodes.IndividualCertificateRequired,
                $"The certificate {signer.SerialNumber} is a legal-entity certificate; a sole proprietor or individual registers with a certificate issued to an individual.");
        }

        return Result.Success();
    }

    private static string DefaultName(ProfileKind kind, VerifiedSigner signer) => kind switch
    {
        ProfileKind.Company => string.IsNullOrWhiteSpace(signer.Organisation) ? signer.Bin! : signer.Organisation.Trim(),
        ProfileKind.SoleProprietor => "ИП " + signer.FullName,
        _ => signer.FullName,
    };

    private static bool IsTwelveDigits(string? value) =>
        value is { Length: IdentificationNumber.Length } && value.All(char.IsAsciiDigit);

    private static Error AlreadyRegistered(ProfileKind kind, string identificationNumber, string iin)
    {
        var label = kind == ProfileKind.Company ? "BIN" : "IIN";
        return new Error(
            AccountsErrorCodes.ProfileAlreadyRegistered,
            $"A profile with {label} {identificationNumber} is already registered. To work in it, ask its Director or an Admin to invite you by your IIN {iin}, then log in with your certificate.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered profile {ProfileId} of kind {ProfileKind}")]
    private static partial void LogRegistered(ILogger logger, Guid profileId, ProfileKind profileKind);
}
