using System.Net;
using System.Net.Http.Json;

namespace Idocs.Browser.Tests.Pages;

internal static class AuthEndpoints
{
    /// <summary>
    /// Skips the running test when this build has no certificate login endpoints, so the part of
    /// the journey after signing cannot run.
    /// </summary>
    public static async Task SkipIfMissingAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/challenges", new { purpose = "login" }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            Assert.Skip("POST /api/v1/auth/challenges is not mapped in this build, so certificate login cannot complete.");
        }
    }
}
