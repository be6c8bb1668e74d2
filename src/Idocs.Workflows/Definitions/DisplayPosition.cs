namespace Idocs.Workflows.Definitions;

/// <summary>Where the designer draws an activity, in canvas pixels from the top-left corner.</summary>
public sealed record DisplayPosition(double X, double Y);
