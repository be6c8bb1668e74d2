using System.Net;
using System.Net.Http.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.TestPki;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Api.Tokens;
using Idocs.Web.Tests.Accounts;
using PdfSharp.Pdf;

namespace Idocs.Web.Tests.Api.OneC;

/// <summary>
/// A company registered through the API by its director, with the director's signing key from
/// the test PKI and a way to issue API tokens for its 1C module.
/// </summary>
public sealed class OneCCompany : IDisposable
{
    private const string KeyPassword = "onec-test";

    private OneCCompany(AccountsClient director, Guid profileId, Guid directorEmployeeId, SigningKey signingKey, string bin)
    {
        Director = director;
        ProfileId = profileId;
        DirectorEmployeeId = directorEmployeeId;
        SigningKey = signingKey;
        Bin = bin;
    }

    /// <summary>The director's cabinet session.</summary>
    public AccountsClient Director { get; }

    public Guid ProfileId { get; }

    public Guid DirectorEmployeeId { get; }

    /// <summary>The director's signing (not authentication) key, for CMS over document files.</summary>
    public SigningKey SigningKey { get; }

    public string Bin { get; }

    public static async Task<OneCCompany> RegisterAsync(AccountsHostFixture fixture, string name)
    {
        ArgumentNullException.ThrowIfNull(fixture);

        var bin = TestIdentifiers.NewBin();
        var head = fixture.Pki.CompanyHead(bin, name);
        var director = fixture.CreateClient();
        var profileId = await director.RegisterAsync(head, "company");
        var employees = await director.GetJsonAsync<List<EmployeeView>>("/api/v1/employees");
        var employeeId = employees.Single(employee => employee.Iin == head.Iin).EmployeeId;
        var issued = fixture.Pki.Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = new TestPkiSubject
            {
                Kind = TestPkiSubjectKind.Employee,
                Iin = head.Iin,
                Bin = bin,
                Surname = "ДИРЕКТОРОВ",
                GivenName = "ДАНИЯР",
                Organization = name,
                Email = "office@example.kz",
                Roles = [TestPkiRole.FirstHead],
            },
            Purpose = TestPkiKeyPurpose.Sign,
            Password = KeyPassword,
        });
        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var key = Pkcs12Reader.Read(issued.Value!.Pkcs12, KeyPassword);
        Assert.True(key.IsSuccess, key.Error?.ToString());
        return new OneCCompany(director, profileId, employeeId, key.Value!, bin);
    }

    /// <summary>Issues a token through the Admin endpoint, as the director, and returns its id and secret.</summary>
    public async Task<IssuedApiTokenView> IssueTokenAsync(params string[] scopes)
    {
        var response = await Director.SendAsync(
            HttpMethod.Post,
            "/api/v1/api-tokens",
            JsonContent.Create(new ApiTokenRequest("1С:Бухгалтерия для Казахстана", scopes, DateTimeOffset.UtcNow.AddDays(30))));
        await AccountsClient.EnsureStatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<IssuedApiTokenView>(AccountsClient.Json, TestContext.Current.CancellationToken))!;
    }

    /// <summary>A detached CMS by the director over <paramref name="content"/>, base64 as NCALayer returns it.</summary>
    public string Sign(byte[] content) =>
        Convert.ToBase64String(CadesSigner.Sign(SigningKey, content, new CadesSignOptions { Detached = true }));

    /// <summary>A one-page PDF with a unique identifier in its metadata, so every call gives a new file.</summary>
    public static byte[] NewPdf()
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = "Акт " + Guid.NewGuid().ToString("N");
        pdf.AddPage();
        using var buffer = new MemoryStream();
        pdf.Save(buffer);
        return buffer.ToArray();
    }

    public void Dispose() => Director.Dispose();
}
