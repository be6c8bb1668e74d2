using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Trust;

/// <summary>Why a candidate path was rejected: the report check it belongs to, its status and sub-indication.</summary>
public sealed record PathCheckFailure(string CheckName, CheckStatus Status, SubIndication SubIndication, string Reason);
