using System.Text.Json;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;

namespace Idocs.Web.Api.Designer;

/// <summary>A draft as the API returns it; <see cref="Definition"/> is in the <c>workflows/</c> JSON form.</summary>
public sealed record DraftView(Guid Id, long Revision, bool Archived, int? BasedOnVersion, DateTimeOffset UpdatedAt, string UpdatedBy, JsonElement Definition)
{
    public static DraftView From(DesignerDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new DraftView(
            draft.Id, draft.Revision, draft.Archived, draft.BasedOnVersion, draft.UpdatedAt, draft.UpdatedBy,
            JsonSerializer.SerializeToElement(draft.Definition, WorkflowJson.Options));
    }
}
