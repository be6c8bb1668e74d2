using Microsoft.Extensions.Logging;

namespace Idocs.Testing.Logging;

/// <summary>One recorded log entry with its structured properties (placeholder name to value).</summary>
public sealed record LogEntry(
    string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
