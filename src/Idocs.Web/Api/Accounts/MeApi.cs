using Idocs.Common.Results;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.People;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Accounts;

/// <summary>The logged-in person: <c>/api/v1/me</c>, their rights and their notification settings.</summary>
public static class MeApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var me = v1.MapGroup("/me").WithTags("Me").RequireAuthorization(IdocsPolicies.Session);

        me.MapGet("/", GetMeAsync).WithName("GetMe").WithSummary("Returns the person, the current profile, their role and rights")
            .Produces<MeView>().ProducesProblem(StatusCodes.Status401Unauthorized);
        me.MapGet("/rights", GetRightsAsync).WithName("GetMyRights").WithSummary("Lists every right with whether the person has it and why")
            .Produces<MyRightsView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        me.MapGet("/rights/{right}", CheckRightAsync).WithName("CheckMyRight")
            .WithSummary("Returns 204 when the person has the right in the current profile, 403 accounts.right_missing otherwise")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        me.MapGet("/notification-settings", GetNotificationSettingsAsync).WithName("GetNotificationSettings")
            .WithSummary("Returns the document events the person receives by email")
            .Produces<NotificationSettingsView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        me.MapPut("/notification-settings", PutNotificationSettingsAsync).WithName("PutNotificationSettings")
            .WithSummary("Sets the document events the person receives by email")
            .Produces<NotificationSettingsView>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<MeView>, ProblemHttpResult>> GetMeAsync(
        HttpContext context, IPersonStore people, IProfileStore profiles, ViewMyRights viewRights, CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(context.User.PersonId(), cancellationToken)
            ?? throw new InvalidOperationException("A validated session belongs to a missing person.");
        var personView = new PersonView(person.Id, person.Iin, person.FullName, person.Email);
        if (context.User.ProfileId() is not { } profileId)
        {
            return TypedResults.Ok(new MeView(personView, null, null, []));
        }

        var profile = await profiles.FindAsync(profileId, cancellationToken)
            ?? throw new InvalidOperationException($"The session's profile {profileId} does not exist.");
        var rights = await viewRights.RunAsync(person.Id, cancellationToken);
        if (!rights.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(rights.Error);
        }

        return TypedResults.Ok(new MeView(personView, AccountViews.Of(profile), ApiNames.Of(rights.Value!.Role), ApiNames.OfRights(rights.Value.EffectiveRights)));
    }

    private static async Task<Results<Ok<MyRightsView>, ProblemHttpResult>> GetRightsAsync(
        HttpContext context, ViewMyRights viewRights, CancellationToken cancellationToken)
    {
        var rights = await viewRights.RunAsync(context.User.PersonId(), cancellationToken);
        if (!rights.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(rights.Error);
        }

        var value = rights.Value!;
        var lines = value.Rights.Select(line => new RightLineView(ApiNames.Of(line.Right), line.Has, ApiNames.Of(line.Source))).ToList();
        return TypedResults.Ok(new MyRightsView(value.ProfileId, value.EmployeeId, ApiNames.Of(value.Role), lines));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CheckRightAsync(string right, HttpContext context)
    {
        if (!ApiNames.TryParse<ProfileRights>(right, out var parsed) || parsed is ProfileRights.None or ProfileRights.All)
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.InvalidInput, $"The right '{right}' is unknown; use one of {string.Join(", ", ApiNames.OfRights(ProfileRights.All))}."));
        }

        return await ProfileRightCheck.CheckAsync(context, parsed) is { } problem ? problem : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<NotificationSettingsView>, ProblemHttpResult>> GetNotificationSettingsAsync(
        HttpContext context, ManageNotificationSettings settings, CancellationToken cancellationToken)
    {
        var found = await settings.GetAsync(context.User.PersonId(), cancellationToken);
        return found.IsSuccess ? TypedResults.Ok(View(found.Value!)) : Idocs.Web.Security.Problems.From(found.Error);
    }

    private static async Task<Results<Ok<NotificationSettingsView>, ProblemHttpResult>> PutNotificationSettingsAsync(
        NotificationSettingsBody body, HttpContext context, ManageNotificationSettings settings, CancellationToken cancellationToken)
    {
        if (body?.EmailEvents is null)
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.InvalidInput, $"emailEvents is missing; send a list of {ApiNames.Names<DocumentStatusEvent>()} (empty for none)."));
        }

        var events = new List<DocumentStatusEvent>();
        foreach (var name in body.EmailEvents)
        {
            if (!ApiNames.TryParse<DocumentStatusEvent>(name, out var parsed))
            {
                return Idocs.Web.Security.Problems.From(new Error(
                    Idocs.Documents.AccountsErrorCodes.UnknownNotificationEvent,
                    $"The event '{name}' does not exist; choose from {ApiNames.Names<DocumentStatusEvent>()}."));
            }

            events.Add(parsed);
        }

        var saved = await settings.UpdateAsync(context.User.PersonId(), events, cancellationToken);
        return saved.IsSuccess ? TypedResults.Ok(View(saved.Value!)) : Idocs.Web.Security.Problems.From(saved.Error);
    }

    private static NotificationSettingsView View(NotificationSettings settings) =>
        new(settings.EmailEvents.Order().Select(statusEvent => ApiNames.Of(statusEvent)).ToList());
}
