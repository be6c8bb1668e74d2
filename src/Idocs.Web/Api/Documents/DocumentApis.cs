namespace Idocs.Web.Api.Documents;

/// <summary>Maps the document area's resources: documents, their archives, routes, and the inbox with the counterparty links.</summary>
public static class DocumentApis
{
    public static void Map(RouteGroupBuilder v1)
    {
        DocumentsApi.Map(v1);
        DocumentArchiveApi.Map(v1);
        RoutesApi.Map(v1);
        InboxApi.Map(v1);
    }
}
