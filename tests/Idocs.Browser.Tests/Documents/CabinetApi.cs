using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// Calls the platform's HTTP API as the person signed in on a page: the requests share the page's
/// cookies and send the antiforgery header, exactly as the cabinet's scripts do.
/// </summary>
internal sealed class CabinetApi
{
    private readonly IAPIRequestContext _request;
    private readonly Dictionary<string, string> _antiforgery;

    private CabinetApi(IAPIRequestContext request, Dictionary<string, string> antiforgery)
    {
        _request = request;
        _antiforgery = antiforgery;
    }

    /// <summary>Fetches the antiforgery token of the session signed in on <paramref name="page"/>.</summary>
    public static async Task<CabinetApi> ForAsync(IPage page)
    {
        var request = page.Context.APIRequest;
        var token = await ReadAsync(await request.GetAsync("/api/v1/auth/antiforgery"));
        var header = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [token.GetProperty("headerName").GetString()!] = token.GetProperty("requestToken").GetString()!,
        };
        return new CabinetApi(request, header);
    }

    public async Task<JsonElement> GetAsync(string path) => await ReadAsync(await _request.GetAsync(path));

    public async Task<JsonElement> PostJsonAsync(string path, object body) =>
        await ReadAsync(await _request.PostAsync(path, new APIRequestContextOptions { Headers = _antiforgery, DataObject = body }));

    /// <summary>Uploads one file as a document with the given form fields.</summary>
    public async Task<JsonElement> UploadAsync(string filePath, IReadOnlyDictionary<string, string> fields)
    {
        var form = _request.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        form.Append("file", new FilePayload
        {
            Name = Path.GetFileName(filePath),
            MimeType = "application/pdf",
            Buffer = await File.ReadAllBytesAsync(filePath),
        });
        return await ReadAsync(await _request.PostAsync("/api/v1/documents", new APIRequestContextOptions { Headers = _antiforgery, Multipart = form }));
    }

    /// <summary>The id of the employee with <paramref name="iin"/> in the signed-in profile.</summary>
    public async Task<Guid> EmployeeIdAsync(string iin)
    {
        var employees = await GetAsync("/api/v1/employees");
        var employee = employees.EnumerateArray().Single(item => item.GetProperty("iin").GetString() == iin);
        return employee.GetProperty("employeeId").GetGuid();
    }

    /// <summary>Whether the signed-in profile already has an employee with <paramref name="iin"/>, such as one the demo seed added.</summary>
    public async Task<bool> HasEmployeeAsync(string iin)
    {
        var employees = await GetAsync("/api/v1/employees");
        return employees.EnumerateArray().Any(item => item.GetProperty("iin").GetString() == iin);
    }

    /// <summary>The full name the profile holds for the employee with <paramref name="iin"/>.</summary>
    public async Task<string> EmployeeNameAsync(string iin)
    {
        var employees = await GetAsync("/api/v1/employees");
        return employees.EnumerateArray().Single(item => item.GetProperty("iin").GetString() == iin).GetProperty("fullName").GetString()!;
    }

    private static async Task<JsonElement> ReadAsync(IAPIResponse response)
    {
        var text = await response.TextAsync();
        Assert.True(response.Ok, string.Create(CultureInfo.InvariantCulture, $"{response.Url} answered {response.Status}: {text}"));
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
