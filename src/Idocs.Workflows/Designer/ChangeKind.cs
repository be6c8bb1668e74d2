namespace Idocs.Workflows.Designer;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
