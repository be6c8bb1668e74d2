namespace Idocs.Documents.Signing;

/// <summary>An action applied to many documents at once (Массовые действия).</summary>
public enum MassAction
{
    Approve,
    Sign,
}
