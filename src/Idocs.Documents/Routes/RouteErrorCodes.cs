namespace Idocs.Documents.Routes;

public static class RouteErrorCodes
{
    /// <summary>The route has no stage, or more than <see cref="RouteDefinitionBuilder.MaxStages"/>.</summary>
    public const string InvalidStageCount = "routes.invalid_stage_count";

    /// <summary>A stage has no participant, or names the same employee twice.</summary>
    public const string InvalidStage = "routes.invalid_stage";

    /// <summary>The route has no signing stage, so the document could never be signed by this side.</summary>
    public const string SigningStageRequired = "routes.signing_stage_required";
}
