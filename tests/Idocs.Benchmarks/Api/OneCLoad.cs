using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Documents.Employees;
using Idocs.Signatures.Certificates;
using Idocs.Storage.Persistence;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf;

namespace Idocs.Benchmarks.Api;

/// <summary>
/// The document side of the API load: a company with its Director, whose token the 1C endpoints
/// act as, documents uploaded through the API, and routes waiting for the Director's approval.
/// </summary>
internal static class OneCLoad
{
    /// <summary>An unregistered buyer, so approved acts wait at dispatch instead of creating incoming copies.</summary>
    private static readonly string BuyerBin = NewIdentifier("0401401");

    /// <summary>Seeds a company and its Director and issues a token with every scope in the Director's name.</summary>
    public static async Task<(string Secret, Guid EmployeeId)> SeedCompanyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var profile = Profile.Register(ProfileKind.Company, NewIdentifier("0401400"), "ТОО \"НАГРУЗКА\"", "load@example.kz", now, clock);
        var personId = Guid.NewGuid();
        var director = Employee.CreateHead(profile.Id, personId, NewIdentifier("9001013"), "НАГРУЗКИН НУРЛАН", null, ProfileRole.Director, now, clock);
        var database = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
        database.Add(profile);
        database.Add(director);
        await database.SaveChangesAsync();

        var issued = await scope.ServiceProvider.GetRequiredService<IssueApiToken>().ExecuteAsync(
            profile.Id, personId, new ApiTokenRequest("load generator", ApiScopes.All, now.AddDays(1)), CancellationToken.None);
        var secret = issued.Value?.Secret ?? throw new InvalidOperationException($"Issuing the benchmark token failed: {issued.Error}");
        return (secret, director.Id);
    }

    /// <summary>Uploads <paramref name="count"/> acts through the 1C endpoint, four at a time, and returns their 1C ids.</summary>
    public static async Task<IReadOnlyList<string>> UploadAsync(HttpClient client, string prefix, int count)
    {
        var ids = Enumerable.Range(0, count).Select(index => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index:D6}")).ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (oneCId, cancellationToken) =>
        {
            using var request = Upload(oneCId);
            using var response = await client.SendAsync(request, cancellationToken);
            await EnsureAsync(response, $"upload of {oneCId}");
        });
        return ids;
    }

    /// <summary>Starts a route on each document: the Director approves, then signs (a route needs a signing stage).</summary>
    public static async Task StartApprovalRoutesAsync(HttpClient client, IReadOnlyList<string> oneCIds, Guid directorEmployeeId)
    {
        await Parallel.ForEachAsync(oneCIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (oneCId, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/onec/documents/{oneCId}/route")
            {
                Content = JsonContent.Create(new
                {
                    stages = new[]
                    {
                        new { kind = "approve", employeeIds = new[] { directorEmployeeId } },
                        new { kind = "sign", employeeIds = new[] { directorEmployeeId } },
                    },
                }),
            };
            request.Headers.Add("Idempotency-Key", "route-" + oneCId);
            using var response = await client.SendAsync(request, cancellationToken);
            await EnsureAsync(response, $"route start of {oneCId}");
        });
    }

    public static HttpRequestMessage Approve(string oneCId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/onec/documents/{oneCId}/approve");
        request.Headers.Add("Idempotency-Key", "approve-" + oneCId);
        return request;
    }

    private static HttpRequestMessage Upload(string oneCId)
    {
        var file = new ByteArrayContent(Pdf(oneCId));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/onec/documents")
        {
            Content = new MultipartFormDataContent
            {
                { file, "file", oneCId + ".pdf" },
                { new StringContent(oneCId), "oneCId" },
                { new StringContent("act"), "type" },
                { new StringContent(oneCId), "number" },
                { new StringContent("2026-11-30"), "date" },
                { new StringContent("150000.50"), "amount" },
                { new StringContent(BuyerBin), "counterpartyBin" },
                { new StringContent("ТОО \"ПОКУПАТЕЛЬ\""), "counterpartyName" },
            },
        };
        request.Headers.Add("Idempotency-Key", "upload-" + oneCId);
        return request;
    }

    private static byte[] Pdf(string title)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = title;
        pdf.AddPage();
        using var buffer = new MemoryStream();
        pdf.Save(buffer);
        return buffer.ToArray();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The {what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A random 12-digit IIN or BIN with a valid check digit, starting with <paramref name="prefix"/>.</summary>
    private static string NewIdentifier(string prefix)
    {
        while (true)
        {
            var body = prefix + Random.Shared.Next(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);
            for (var check = 0; check < 10; check++)
            {
                var candidate = body + check.ToString(CultureInfo.InvariantCulture);
                if (KazakhIdentifiers.HasValidChecksum(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
