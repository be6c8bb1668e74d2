namespace Idocs.Storage.Designer;

/// <summary>Column lengths of the designer tables.</summary>
internal static class DesignerStorageLimits
{
    public const int MaxIdLength = 200;
}
