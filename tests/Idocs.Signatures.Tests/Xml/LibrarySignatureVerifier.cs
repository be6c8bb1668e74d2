using System.Reflection;
using Idocs.Signatures.Algorithms;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// Finds the library's own <see cref="ISignatureVerifier"/> (RSA and GOST) in Idocs.Signatures:
/// a public concrete class with a parameterless constructor. Returns null while none exists, so
/// GOST tests skip instead of testing against a stand-in.
/// </summary>
internal static class LibrarySignatureVerifier
{
    public const string MissingReason =
        "GOST signature values need the library's ISignatureVerifier, which Idocs.Signatures does not contain yet.";

    public static ISignatureVerifier? TryCreate()
    {
        var type = typeof(ISignatureVerifier).Assembly.GetTypes().FirstOrDefault(candidate =>
            candidate is { IsClass: true, IsAbstract: false, IsPublic: true } &&
            typeof(ISignatureVerifier).IsAssignableFrom(candidate) &&
            candidate.GetConstructor(Type.EmptyTypes) is not null);
        return type is null ? null : (ISignatureVerifier?)Activator.CreateInstance(type);
    }
}
