using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Uploads;

/// <summary>What the upload check must decide for one corpus file: a detected type, or a rejection code.</summary>
public sealed record CorpusExpectation(DetectedContentType? Type, string? RejectionCode)
{
    public static CorpusExpectation Accept(DetectedContentType type) => new(type, null);

    public static CorpusExpectation Reject(string code) => new(null, code);

    public override string ToString() => Type?.ToString() ?? RejectionCode!;
}
