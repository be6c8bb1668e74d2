using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// Creates and routes documents through the HTTP API with the browser context's session cookie, so
/// a test can prepare a document the way an integration would before it drives the pages.
/// </summary>
internal sealed class DocumentSetup(IAPIRequestContext request)
{
    private Dictionary<string, string>? _antiforgery;

    public static DocumentSetup For(IPage page) => new(page.Context.APIRequest);

    /// <summary>Returns the id of the current profile's employee with the given IIN.</summary>
    public async Task<Guid> FindEmployeeAsync(string iin)
    {
        var response = await request.GetAsync("/api/v1/employees");
        using var body = await ReadAsync(response, "list employees");
        foreach (var employee in body.RootElement.EnumerateArray())
        {
            if (employee.GetProperty("iin").GetString() == iin)
            {
                return employee.GetProperty("employeeId").GetGuid();
            }
        }

        throw new InvalidOperationException($"No employee with IIN {iin} in the current profile.");
    }

    /// <summary>Uploads an internal document with a generated two-page PDF and returns its id.</summary>
    public async Task<Guid> UploadInternalAsync(string number, string title)
    {
        var form = request.CreateFormData();
        form.Set("file", new FilePayload { Name = number + ".pdf", MimeType = "application/pdf", Buffer = TestPdf.Create(title) });
        form.Set("kind", "Internal");
        form.Set("number", number);
        form.Set("date", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        form.Set("title", title);
        var response = await request.PostAsync("/api/v1/documents", new APIRequestContextOptions
        {
            Multipart = form,
            Headers = await AntiforgeryAsync(),
        });
        using var body = await ReadAsync(response, "upload a document");
        return body.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Starts a route with one stage per kind in <paramref name="kinds"/> (approve or sign), each with
    /// the one participant; a route must end in a signing stage.
    /// </summary>
    public async Task StartRouteAsync(Guid documentId, Guid employeeId, params string[] kinds)
    {
        var response = await request.PostAsync($"/api/v1/documents/{documentId}/route", new APIRequestContextOptions
        {
            DataObject = new { stages = kinds.Select(kind => new { kind, employeeIds = new[] { employeeId }, completion = "all-of" }).ToArray() },
            Headers = await AntiforgeryAsync(),
        });
        using var _ = await ReadAsync(response, "start the route");
    }

    private async Task<Dictionary<string, string>> AntiforgeryAsync()
    {
        if (_antiforgery is null)
        {
            var response = await request.GetAsync("/api/v1/auth/antiforgery");
            using var body = await ReadAsync(response, "get an antiforgery token");
            _antiforgery = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [body.RootElement.GetProperty("headerName").GetString()!] = body.RootElement.GetProperty("requestToken").GetString()!,
            };
        }

        return _antiforgery;
    }

    private static async Task<JsonDocument> ReadAsync(IAPIResponse response, string step)
    {
        var text = await response.TextAsync();
        if (!response.Ok)
        {
            throw new InvalidOperationException($"Test setup could not {step}: HTTP {response.Status} {text}");
        }

        return JsonDocument.Parse(text);
    }
}
