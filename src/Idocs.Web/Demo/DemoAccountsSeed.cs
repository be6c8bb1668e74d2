using Idocs.Common.Results;
using Idocs.Documents.Authentication;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Accounts;
using Idocs.Web.Accounts;
using Idocs.Web.Api.Accounts;

namespace Idocs.Web.Demo;

/// <summary>
/// Registers the demo profiles and their people through the same use cases the cabinet calls: each
/// head signs a registration challenge with their demo key, invites the employees with their
/// rights, and each employee joins by signing a login challenge.
/// </summary>
public sealed class DemoAccountsSeed(IServiceProvider services, DemoKeyRing keys)
{
    private const string SeedSession = "demo-seed";
    private const string SeedOrigin = "http://127.0.0.1/";

    /// <summary>The rights each invited demo employee gets, on top of the Employee role.</summary>
    private static readonly Dictionary<string, ProfileRights> EmployeeRights = new(StringComparer.Ordinal)
    {
        [DemoCast.AccountantA.KeyName] = ProfileRights.SignOutgoing | ProfileRights.SignIncoming | ProfileRights.CreateDocuments | ProfileRights.InternalDocuments,
        [DemoCast.ManagerA.KeyName] = ProfileRights.CreateDocuments | ProfileRights.InternalDocuments,
        [DemoCast.LawyerB.KeyName] = ProfileRights.CreateDocuments | ProfileRights.SignIncoming,
    };

    /// <summary>Registers every demo profile and member; returns the members by key name and profile.</summary>
    public async Task<Result<IReadOnlyList<DemoMember>>> RunAsync(CancellationToken cancellationToken)
    {
        var members = new List<DemoMember>();
        foreach (var profile in DemoCast.Profiles)
        {
            var head = DemoCast.HeadOf(profile);
            var registered = await RegisterAsync(profile, head, cancellationToken);
            if (!registered.IsSuccess)
            {
                return registered.Error;
            }

            members.Add(registered.Value);
            foreach (var person in DemoCast.People.Where(person => person.Employer == profile && person != head))
            {
                var joined = await InviteAndJoinAsync(registered.Value, person, cancellationToken);
                if (!joined.IsSuccess)
                {
                    return joined.Error;
                }

                members.Add(joined.Value);
            }
        }

        return members;
    }

    private async Task<Result<DemoMember>> RegisterAsync(DemoProfile profile, DemoPerson head, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var kind = profile.Kind switch
        {
            "company" => ProfileKind.Company,
            "soleProprietor" => ProfileKind.SoleProprietor,
            _ => ProfileKind.Individual,
        };
        var response = await SignedChallengeAsync(provider, head, ChallengePurpose.Registration, cancellationToken);
        if (!response.IsSuccess)
        {
            return response.Error;
        }

        var register = provider.GetRequiredService<RegisterProfile>();
        var outcome = await provider.GetRequiredService<AccountsTransaction>().RunAsync(
            token => register.RunAsync(new RegistrationRequest(response.Value, kind, profile.Name, head.Email), token),
            cancellationToken);
        return outcome.IsSuccess
            ? new DemoMember(head, profile, outcome.Value.Person.Id, outcome.Value.Profile.Id, outcome.Value.Head.Id)
            : outcome.Error;
    }

    private async Task<Result<DemoMember>> InviteAndJoinAsync(DemoMember head, DemoPerson person, CancellationToken cancellationToken)
    {
        Guid employeeId;
        await using (var scope = services.CreateAsyncScope())
        {
            var provider = scope.ServiceProvider;
            using var tenant = provider.GetRequiredService<ITenantContext>().EnterProfile(head.ProfileId);
            var rights = EmployeeRights.GetValueOrDefault(person.KeyName, ProfileRights.None);
            var invited = await provider.GetRequiredService<InviteEmployee>().RunAsync(
                head.PersonId, new InvitationRequest(person.Iin, person.Email, person.FullName, ProfileRole.Employee, rights), cancellationToken);
            if (!invited.IsSuccess)
            {
                return invited.Error;
            }

            employeeId = invited.Value.Id;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var provider = scope.ServiceProvider;
            var response = await SignedChallengeAsync(provider, person, ChallengePurpose.Login, cancellationToken);
            if (!response.IsSuccess)
            {
                return response.Error;
            }

            var login = provider.GetRequiredService<Login>();
            var outcome = await provider.GetRequiredService<AccountsTransaction>().RunAsync(token => login.RunAsync(response.Value, token), cancellationToken);
            return outcome.IsSuccess ? new DemoMember(person, head.Profile, outcome.Value.PersonId, head.ProfileId, employeeId) : outcome.Error;
        }
    }

    /// <summary>Issues a challenge and signs it with the person's key, as the cabinet's login page does through NCALayer.</summary>
    private async Task<Result<ChallengeResponse>> SignedChallengeAsync(
        IServiceProvider provider, DemoPerson person, ChallengePurpose purpose, CancellationToken cancellationToken)
    {
        var issued = await provider.GetRequiredService<IssueChallenge>().RunAsync(purpose, SeedSession, SeedOrigin, cancellationToken);
        if (!issued.IsSuccess)
        {
            return issued.Error;
        }

        var key = DemoPersonKey.Open(keys, person);
        if (!key.IsSuccess)
        {
            return key.Error;
        }

        var signedXml = key.Value.SignChallengeXml(ChallengeDocument.Create(issued.Value, purpose, SeedOrigin));
        if (!signedXml.IsSuccess)
        {
            return signedXml.Error;
        }

        var signature = SignedChallengeReader.Read(signedXml.Value, signedCms: null, thumbprint: null);
        return signature.IsSuccess
            ? new ChallengeResponse(issued.Value.ChallengeId, SeedSession, SeedOrigin, signature.Value)
            : signature.Error;
    }
}
