using System.Net;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Web.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api.Problems;

public sealed class ErrorStatusCodesTests
{
    [Theory]
    [InlineData("common.not_found", 404)]
    [InlineData("workflows.instance_not_found", 404)]
    [InlineData("common.forbidden", 403)]
    [InlineData("accounts.right_missing", 403)]
    [InlineData("common.concurrency_conflict", 409)]
    [InlineData("documents.already_signed", 409)]
    [InlineData("accounts.employee_already_invited", 409)]
    [InlineData("signing.out_of_turn", 409)]
    [InlineData("uploads.too_large", 413)]
    [InlineData("common.invalid_input", 400)]
    [InlineData("documents.invalid_title", 400)]
    [InlineData("documents.rejection_reason_required", 400)]
    [InlineData("api_tokens.revoked", 401)]
    [InlineData("api_tokens.scope_missing", 403)]
    [InlineData("ocsp.unavailable", 503)]
    [InlineData("documents.illegal_status_transition", 422)]
    public void For_Code_ReturnsStatus(string code, int status)
    {
        Assert.Equal(status, ErrorStatusCodes.For(code));
    }

    [Fact]
    public async Task From_Error_WritesProblemWithStableCode()
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        };
        context.Response.Body = new MemoryStream();

        await ApiResults.From(new Error("documents.document_not_found", "Document 42 was not found.")).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((int)HttpStatusCode.NotFound, context.Response.StatusCode);
        Assert.Equal("documents.document_not_found", json.RootElement.GetProperty("code").GetString());
        Assert.Equal("Document 42 was not found.", json.RootElement.GetProperty("detail").GetString());
    }
}
