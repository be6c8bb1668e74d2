using System.Globalization;
using Idocs.Documents.Flow;
using Idocs.PrintForms.Archives;
using Idocs.PrintForms.Localization;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// <c>GET /api/v1/documents/{id}/archive</c>: one document's archive (ZIP) with its originals,
/// signatures, validation reports, print forms and passport, in the caller's language.
/// </summary>
public static class DocumentArchiveApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);

        v1.MapGet("/documents/{documentId:guid}/archive", DownloadAsync)
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .WithTags("Documents")
            .WithName("DownloadDocumentArchive")
            .WithSummary("Download the document's archive: originals, signatures, validation reports, print forms and the passport, with manifest.json.")
            .Produces<FileStreamHttpResult>(contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid documentId,
        HttpContext context,
        [FromServices] ReadDocument readDocument,
        [FromServices] DocumentArchiveExporter exporter,
        CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        // The exporter reads any document of the tenant, so the caller's access is checked first.
        var document = await readDocument.GetAsync(documentId, caller.EmployeeId, cancellationToken);
        if (!document.IsSuccess)
        {
            return DocumentProblems.From(document.Error);
        }

        // NOTE: unlike a file download, the archive download is not written to the passport yet,
        // because the passport writer is internal to the documents domain.
        var spool = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var exported = await exporter.ExportAsync(documentId, spool, LanguageOf(CultureInfo.CurrentUICulture), cancellationToken);
        if (!exported.IsSuccess)
        {
            await spool.DisposeAsync();
            return DocumentProblems.From(exported.Error);
        }

        spool.Position = 0;
        var fileName = string.Create(CultureInfo.InvariantCulture, $"document-{documentId:N}.zip");
        return TypedResults.Stream(spool, "application/zip", fileName);
    }

    private static PrintLanguage LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "kk" => PrintLanguage.Kazakh,
        "en" => PrintLanguage.English,
        _ => PrintLanguage.Russian,
    };
}
