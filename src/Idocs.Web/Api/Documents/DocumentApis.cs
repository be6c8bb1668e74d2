namespace Idocs.Web.Api.Documents;

/// <summary>
/// Maps the document area's resources: documents and their archives, routes, the inbox with the
/// counterparty links, deletion requests, packages and annulment.
/// </summary>
public static class DocumentApis
{
    public static void Map(RouteGroupBuilder v1)
    {
        DocumentsApi.Map(v1);
        DocumentArchiveApi.Map(v1);
        RoutesApi.Map(v1);
        InboxApi.Map(v1);
        DeletionRequestsApi.Map(v1);
        PackagesApi.Map(v1);
        AnnulmentApi.Map(v1);
    }
}
