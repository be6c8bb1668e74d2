using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Idocs.Web.Api;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Accounts;

/// <summary>
/// Walks every endpoint under <c>/api/v1</c> as company A with company B's ids. The rule:
/// <list type="bullet">
/// <item>an endpoint with an id in its route returns 404, or exactly the status and error code the
/// same request gets with a random unknown id, because another profile's id must look exactly like
/// an id that does not exist;</item>
/// <item>a platform support or staff endpoint returns 401 or 403, because a company session never reaches them;</item>
/// <item>an endpoint without ids may return anything but a server error;</item>
/// <item>no response body contains any of B's ids, identifiers or names, except an id the request
/// itself carried in its path, which a not-found message may repeat.</item>
/// </list>
/// A route parameter is filled from <see cref="IdsByParameter"/>; an unknown parameter whose name ends
/// in "Id" or that has a guid constraint is tried with every id of B. An unknown parameter of another
/// kind fails the walk until a sample value is added to <see cref="SamplesByParameter"/>, so a new
/// endpoint is never skipped silently.
/// </summary>
[Collection(AccountsHostDefinition.Name)]
public sealed partial class CrossTenantWalkTests(AccountsHostFixture fixture)
{
    /// <summary>Values for route parameters that are not ids.</summary>
    private static readonly Dictionary<string, string> SamplesByParameter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["right"] = "signOutgoing",
        ["version"] = "1",
        ["fileSha256"] = new string('a', 64),
    };

    /// <summary>
    /// Endpoints public by design: the verification page answers anyone holding a document's QR
    /// code, whatever company they belong to, so a cross-tenant answer there is not a leak.
    /// </summary>
    private static readonly string[] PublicPrefixes = ["/api/v1/verify/"];

    private Dictionary<string, Guid> IdsByParameter { get; } = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task EveryApiEndpoint_OtherCompanysIds_NotFoundAndNoData()
    {
        fixture.SkipWithoutPostgreSql();
        using var companyA = fixture.CreateClient();
        await companyA.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"АЛЬФА\""), "company");
        var markers = await CreateCompanyBAsync();
        var endpoints = ApiEndpoints();
        var failures = new List<string>();

        foreach (var (method, template, isSupport) in endpoints)
        {
            foreach (var (path, hasIds) in Paths(template, failures))
            {
                using var content = method is "POST" or "PUT" or "PATCH" ? JsonContent.Create(new { }) : null;
                var response = await companyA.SendAsync(new HttpMethod(method), path, content);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var status = (int)response.StatusCode;

                if (isSupport && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                {
                    failures.Add($"{method} {path}: platform endpoint answered {status} to a company session, expected 401 or 403");
                }
                else if (!isSupport && hasIds && response.StatusCode != HttpStatusCode.NotFound
                    && !await AnswersAsForUnknownIdAsync(companyA, method, path, response))
                {
                    failures.Add($"{method} {path}: answered {status} with another company's id, expected 404 or the answer an unknown id gets");
                }
                else if (status >= 500)
                {
                    failures.Add($"{method} {path}: answered {status}");
                }

                // An id the caller sent in the path may be echoed in the error; any other value of B is a leak.
                var leaked = markers.Where(marker => body.Contains(marker, StringComparison.OrdinalIgnoreCase) && !path.Contains(marker, StringComparison.OrdinalIgnoreCase));
                foreach (var marker in leaked)
                {
                    failures.Add($"{method} {path}: the response contains company B's value {marker}");
                }
            }
        }

        Assert.True(endpoints.Count >= 20, $"The walk found only {endpoints.Count} API endpoints; the endpoint enumeration is broken.");
        Assert.True(failures.Count == 0, "Cross-tenant walk failures:\n" + string.Join('\n', failures));
    }

    /// <summary>Registers company B with an invited employee and a pending director change; returns B's values that must never leak.</summary>
    private async Task<IReadOnlyList<string>> CreateCompanyBAsync()
    {
        var bin = TestIdentifiers.NewBin();
        var head = fixture.Pki.CompanyHead(bin, "ТОО \"БЕТА-СЕКРЕТ\"");
        using var companyB = fixture.CreateClient();
        var profileId = await companyB.RegisterAsync(head, "company");
        var employeeIin = TestIdentifiers.NewIin();
        var invited = await companyB.SendAsync(HttpMethod.Post, "/api/v1/employees", JsonContent.Create(new { iin = employeeIin, email = "beta@example.kz", fullName = "БЕТА СОТРУДНИК" }));
        await AccountsClient.EnsureStatusAsync(invited, HttpStatusCode.Created);
        var employee = (await invited.Content.ReadFromJsonAsync<EmployeeView>(AccountsClient.Json, TestContext.Current.CancellationToken))!;

        var futureIin = TestIdentifiers.NewIin();
        var form = new MultipartFormDataContent
        {
            { new StringContent(futureIin), "futureDirectorIin" },
            { new StringContent("БЕТА БУДУЩИЙ"), "futureDirectorFullName" },
            { new StringContent("17-к"), "orderNumber" },
            { new StringContent("2026-01-15"), "orderDate" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("beta order")), "orderFile", "beta-order.pdf" },
        };
        var filed = await companyB.SendAsync(HttpMethod.Post, "/api/v1/director-changes", form);
        await AccountsClient.EnsureStatusAsync(filed, HttpStatusCode.Created);
        var request = (await filed.Content.ReadFromJsonAsync<DirectorChangeView>(AccountsClient.Json, TestContext.Current.CancellationToken))!;

        var (packageId, documentId) = await CreatePackageOfBAsync(companyB);

        IdsByParameter["profileId"] = profileId;
        IdsByParameter["employeeId"] = employee.EmployeeId;
        IdsByParameter["requestId"] = request.RequestId;
        IdsByParameter["packageId"] = packageId;
        IdsByParameter["documentId"] = documentId;
        return
        [
            profileId.ToString(), employee.EmployeeId.ToString(), request.RequestId.ToString(), packageId.ToString(), documentId.ToString(),
            bin, head.Iin, employeeIin, futureIin, "БЕТА",
        ];
    }

    /// <summary>Uploads a package of two internal documents as B; returns the package id and its first document's id.</summary>
    private static async Task<(Guid PackageId, Guid DocumentId)> CreatePackageOfBAsync(AccountsClient companyB)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("Internal"), "kind" },
            { new StringContent("Б-1"), "number" },
            { new StringContent("2026-12-05"), "date" },
            { new StringContent("БЕТА пакет приказов"), "title" },
        };
        foreach (var name in new[] { "first", "second" })
        {
            form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.4\n% beta {name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")), "file", $"{name}.pdf");
        }

        var created = await companyB.SendAsync(HttpMethod.Post, "/api/v1/packages", form);
        await AccountsClient.EnsureStatusAsync(created, HttpStatusCode.Created);
        using var json = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("documents")[0].GetProperty("id").GetGuid());
    }

    /// <summary>
    /// Whether the same request with every id of B replaced by a fresh random id gets the same
    /// status and error code: then the answer (for example a body validation error) says nothing
    /// about B's rows.
    /// </summary>
    private async Task<bool> AnswersAsForUnknownIdAsync(AccountsClient client, string method, string path, HttpResponseMessage answer)
    {
        var unknownPath = IdsByParameter.Values.Aggregate(path, (current, id) => current.Replace(id.ToString(), Guid.NewGuid().ToString(), StringComparison.OrdinalIgnoreCase));
        using var content = method is "POST" or "PUT" or "PATCH" ? JsonContent.Create(new { }) : null;
        var unknown = await client.SendAsync(new HttpMethod(method), unknownPath, content);

        return unknown.StatusCode == answer.StatusCode
            && await ProblemCodeAsync(unknown) == await ProblemCodeAsync(answer);
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Support endpoints, and billing's staff endpoints that only platform staff may call.</summary>
    private static bool IsPlatformEndpoint(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(data => data.Policy == IdocsPolicies.Support)
        || endpoint.RoutePattern.RawText!.Contains("/billing/staff/", StringComparison.Ordinal);

    /// <summary>Lists the API endpoints with the logout endpoints last, because they end company A's session.</summary>
    private List<(string Method, string Template, bool IsSupport)> ApiEndpoints()
    {
        var dataSource = fixture.Host.Services.GetRequiredService<EndpointDataSource>();
        return dataSource.Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase) == true)
            .Where(endpoint => !PublicPrefixes.Any(prefix => endpoint.RoutePattern.RawText!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (
                    Method: method,
                    Template: endpoint.RoutePattern.RawText!,
                    IsSupport: IsPlatformEndpoint(endpoint))))
            .OrderBy(endpoint => endpoint.Template.EndsWith("/logout", StringComparison.Ordinal))
            .ThenBy(endpoint => endpoint.Template, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Returns the concrete paths to call for a route template, and whether they carry ids.</summary>
    private IEnumerable<(string Path, bool HasIds)> Paths(string template, List<string> failures)
    {
        var parameters = RouteParameter().Matches(template).Select(match => (Token: match.Value, Name: match.Groups["name"].Value, Constraint: match.Groups["constraint"].Value)).ToList();
        var variants = new List<(string Path, bool HasIds)> { (template, false) };
        foreach (var (token, name, constraint) in parameters)
        {
            IReadOnlyList<(string Value, bool IsId)> values;
            if (IdsByParameter.TryGetValue(name, out var id))
            {
                values = [(id.ToString(), true)];
            }
            else if (SamplesByParameter.TryGetValue(name, out var sample))
            {
                values = [(sample, false)];
            }
            else if (name.EndsWith("Id", StringComparison.Ordinal) || constraint.Contains("guid", StringComparison.OrdinalIgnoreCase))
            {
                values = IdsByParameter.Values.Select(candidate => (candidate.ToString(), true)).ToList();
            }
            else
            {
                failures.Add($"{template}: no sample value for the route parameter '{name}'; add one to {nameof(SamplesByParameter)} or {nameof(IdsByParameter)}");
                yield break;
            }

            variants = variants
                .SelectMany(variant => values.Select(value => (variant.Path.Replace(token, value.Value, StringComparison.Ordinal), variant.HasIds || value.IsId)))
                .ToList();
        }

        foreach (var variant in variants)
        {
            yield return variant;
        }
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<constraint>[^}]*)\}")]
    private static partial Regex RouteParameter();
}
