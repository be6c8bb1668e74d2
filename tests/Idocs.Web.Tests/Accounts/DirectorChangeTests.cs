using System.Net;
using System.Net.Http.Json;
using System.Text;
using Idocs.Documents;
using Idocs.Web.Api.Accounts;

namespace Idocs.Web.Tests.Accounts;

[Collection(AccountsHostDefinition.Name)]
public sealed class DirectorChangeTests(AccountsHostFixture fixture)
{
    private static readonly byte[] OrderBytes = Encoding.UTF8.GetBytes("%PDF-1.4 appointment order");

    [Fact]
    public async Task DirectorChange_FiledAndApprovedBySupport_ChangesDirectorResetsRightsAndAudits()
    {
        fixture.SkipWithoutPostgreSql();
        using var formerDirector = fixture.CreateClient();
        var profileId = await formerDirector.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"СМЕНА\""), "company");
        var future = fixture.Pki.Individual();

        var filed = await formerDirector.SendAsync(HttpMethod.Post, "/api/v1/director-changes", Application(future, withOrderFile: true));
        await AccountsClient.EnsureStatusAsync(filed, HttpStatusCode.Created);
        var request = (await filed.Content.ReadFromJsonAsync<DirectorChangeView>(AccountsClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal("pending", request.Status);
        Assert.Equal("order.pdf", request.OrderFileName);

        using var support = fixture.CreateClient();
        await support.SupportLoginAsync(fixture.SupportAgent);
        var pending = await support.GetJsonAsync<IReadOnlyList<DirectorChangeView>>("/api/v1/support/director-changes");
        Assert.Contains(pending, candidate => candidate.RequestId == request.RequestId && candidate.ProfileId == profileId);
        var orderFile = await support.Http.GetByteArrayAsync($"/api/v1/support/director-changes/{request.RequestId}/order-file", TestContext.Current.CancellationToken);
        Assert.Equal(OrderBytes, orderFile);

        var approved = await support.SendAsync(HttpMethod.Post, $"/api/v1/support/director-changes/{request.RequestId}/approve", JsonContent.Create(new { comment = "Приказ проверен" }));

        await AccountsClient.EnsureStatusAsync(approved, HttpStatusCode.OK);
        var formerMe = await formerDirector.GetJsonAsync<MeView>("/api/v1/me");
        Assert.Equal("employee", formerMe.Role);
        Assert.Empty(formerMe.Rights);

        using var newDirector = fixture.CreateClient();
        var login = await newDirector.LoginAsync(future);
        Assert.Equal("director", Assert.Single(login.Profiles).Role);
        var audit = await newDirector.GetJsonAsync<IReadOnlyList<AuditEventView>>("/api/v1/audit-log");
        var types = audit.Select(auditEvent => auditEvent.Type).ToList();
        Assert.Contains("profileRegistered", types);
        Assert.Contains("directorChangeRequested", types);
        Assert.Contains("directorChangeApproved", types);
        Assert.Contains("formerDirectorRightsReset", types);
        Assert.Contains("directorChanged", types);
        Assert.Contains("employeeJoined", types);
        var approval = audit.Single(auditEvent => auditEvent.Type == "directorChangeApproved");
        Assert.Equal("platformSupport", approval.Actor.Kind);
        Assert.Equal(fixture.SupportAgentId, approval.Actor.Id);
        Assert.Equal(1201, approval.TypeCode);
    }

    [Fact]
    public async Task DirectorChange_WithoutOrderFile_Rejected()
    {
        fixture.SkipWithoutPostgreSql();
        using var director = fixture.CreateClient();
        await director.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"БЕЗ ПРИКАЗА\""), "company");

        var response = await director.SendAsync(HttpMethod.Post, "/api/v1/director-changes", Application(fixture.Pki.Individual(), withOrderFile: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.AppointmentOrderMissing, await AccountsClient.ProblemCodeAsync(response));
        var requests = await director.GetJsonAsync<IReadOnlyList<DirectorChangeView>>("/api/v1/director-changes");
        Assert.Empty(requests);
    }

    [Fact]
    public async Task Reject_WithoutComment_RejectedAndRequestStaysPending()
    {
        fixture.SkipWithoutPostgreSql();
        using var director = fixture.CreateClient();
        await director.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"ОТКАЗ\""), "company");
        var filed = await director.SendAsync(HttpMethod.Post, "/api/v1/director-changes", Application(fixture.Pki.Individual(), withOrderFile: true));
        var request = (await filed.Content.ReadFromJsonAsync<DirectorChangeView>(AccountsClient.Json, TestContext.Current.CancellationToken))!;
        using var support = fixture.CreateClient();
        await support.SupportLoginAsync(fixture.SupportAgent);

        var response = await support.SendAsync(HttpMethod.Post, $"/api/v1/support/director-changes/{request.RequestId}/reject", JsonContent.Create(new { comment = " " }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.ReviewCommentRequired, await AccountsClient.ProblemCodeAsync(response));
        var requests = await director.GetJsonAsync<IReadOnlyList<DirectorChangeView>>("/api/v1/director-changes");
        Assert.Equal("pending", Assert.Single(requests).Status);
    }

    [Fact]
    public async Task SupportLogin_CompanyPerson_RejectedAsNotSupportAgent()
    {
        fixture.SkipWithoutPostgreSql();
        using var client = fixture.CreateClient();
        var challenge = await client.IssueChallengeAsync("login");

        var response = await client.AnswerAsync("/api/v1/support/login", new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, fixture.Pki.Individual()) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Security.SecurityErrorCodes.NotSupportAgent, await AccountsClient.ProblemCodeAsync(response));
    }

    private static MultipartFormDataContent Application(TestCertificateHolder futureDirector, bool withOrderFile)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(futureDirector.Iin), "futureDirectorIin" },
            { new StringContent(futureDirector.FullName), "futureDirectorFullName" },
            { new StringContent("new.director@example.kz"), "futureDirectorEmail" },
            { new StringContent("15-к"), "orderNumber" },
            { new StringContent(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "orderDate" },
        };
        if (withOrderFile)
        {
            var file = new ByteArrayContent(OrderBytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(file, "orderFile", "order.pdf");
        }

        return form;
    }
}
