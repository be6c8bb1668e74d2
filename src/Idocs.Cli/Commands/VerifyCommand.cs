using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Idocs.Signatures;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Trust;
using Idocs.Signatures.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Cli.Commands;

/// <summary>
/// <c>idocs verify</c>: verifies a CMS or XMLDSig signature with the configured (or given) trust
/// anchors and prints the validation reports. Exit code 0 when every signature is TOTAL-PASSED,
/// 1 when one is TOTAL-FAILED, 2 when one is INDETERMINATE or the arguments are wrong.
/// </summary>
public static class VerifyCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var input = new Option<FileInfo>("--in") { Description = "The signature: a CMS file or a signed XML document.", Required = true };
        var content = new Option<FileInfo?>("--content") { Description = "The signed file, for a detached CMS." };
        var anchors = new Option<DirectoryInfo?>("--anchors")
        {
            Description = "Folder of .cer/.crt/.pem certificates: self-signed ones become trust anchors, the others intermediates. Overrides Signatures:Trust.",
        };
        var crls = new Option<string[]>("--crl")
        {
            Description = "CRL file or URL to load before verifying (repeatable). Adds to Signatures:Crl:Sources.",
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the validation reports as JSON." };

        var command = new Command("verify", "Verify a CMS or XMLDSig signature and print its validation report.");
        foreach (var option in new Option[] { input, content, anchors, crls, json })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(input)!,
            parseResult.GetValue(content),
            new TrustSources(parseResult.GetValue(anchors), parseResult.GetValue(crls) ?? []),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        FileInfo input, FileInfo? content, TrustSources trust, bool json, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var anchors = trust.Anchors;
        foreach (var file in new[] { input, content })
        {
            if (file is not null && !file.Exists)
            {
                await console.Error.WriteLineAsync($"File '{file.FullName}' was not found; check --in and --content.");
                return ExitCodes.UsageOrIndeterminate;
            }
        }

        if (anchors is not null && !anchors.Exists)
        {
            await console.Error.WriteLineAsync($"Folder '{anchors.FullName}' was not found; check --anchors.");
            return ExitCodes.UsageOrIndeterminate;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        var overrides = anchors is null ? new Dictionary<string, string?>() : TrustOverrides(anchors);
        var configuration = CliConfiguration.Build(overrides);
        var configuredCrls = configuration.GetSection(CrlOptions.SectionName).GetSection(nameof(CrlOptions.Sources)).GetChildren().Count();
        for (var i = 0; i < trust.Crls.Count; i++)
        {
            overrides[$"{CrlOptions.SectionName}:{nameof(CrlOptions.Sources)}:{configuredCrls + i}"] = trust.Crls[i];
        }

        services.AddIdocsSignatures(CliConfiguration.Build(overrides));
        await using var provider = services.BuildServiceProvider();

        // A one-shot command has no background refresh, so CRLs are read once before verifying.
        var refresh = await provider.GetRequiredService<CrlRefresher>().RefreshAsync(cancellationToken);
        foreach (var (source, reason) in refresh.Failures)
        {
            await console.Error.WriteLineAsync($"CRL '{source}' was not loaded: {reason}");
        }

        var signature = await File.ReadAllBytesAsync(input.FullName, cancellationToken);
        var reports = LooksLikeXml(signature)
            ? await VerifyXmlAsync(provider, signature, cancellationToken)
            : await provider.GetRequiredService<CmsSignatureVerifier>().VerifyAsync(
                signature,
                content is null ? null : CmsContent.FromBytes(await File.ReadAllBytesAsync(content.FullName, cancellationToken)),
                cancellationToken);

        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(reports, Json));
        }
        else
        {
            foreach (var report in reports)
            {
                await console.Output.WriteLineAsync($"{report.Indication} {report.SubIndication} {report.Signer?.CommonName}");
            }
        }

        return ExitCode(reports);
    }

    private static async Task<IReadOnlyList<ValidationReport>> VerifyXmlAsync(
        IServiceProvider provider, byte[] xml, CancellationToken cancellationToken)
    {
        var result = await provider.GetRequiredService<XmlSignatureValidator>().ValidateAsync(xml, null, cancellationToken);
        return result.Signatures.Count == 0 ? [result.Report] : result.Signatures.Select(s => s.Report).ToList();
    }

    private static int ExitCode(IReadOnlyList<ValidationReport> reports)
    {
        if (reports.Any(r => r.Indication == Indication.TotalFailed))
        {
            return ExitCodes.Failed;
        }

        return reports.Count > 0 && reports.All(r => r.Indication == Indication.TotalPassed)
            ? ExitCodes.Success
            : ExitCodes.UsageOrIndeterminate;
    }

    private static bool LooksLikeXml(byte[] data)
    {
        var text = data.AsSpan();
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'<';
    }

    private sealed record TrustSources(DirectoryInfo? Anchors, IReadOnlyList<string> Crls);

    private static Dictionary<string, string?> TrustOverrides(DirectoryInfo folder)
    {
        var overrides = new Dictionary<string, string?>();
        int anchors = 0, intermediates = 0;
        var files = folder.EnumerateFiles()
            .Where(f => f.Extension.ToUpperInvariant() is ".CER" or ".CRT" or ".PEM" or ".DER")
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var certificate = CertificateFiles.Load(file.FullName);
            if (!certificate.IsSuccess)
            {
                continue;
            }

            var selfSigned = certificate.Value.SubjectDN.Equivalent(certificate.Value.IssuerDN);
            var key = selfSigned
                ? $"{TrustOptions.SectionName}:{nameof(TrustOptions.TrustAnchorFiles)}:{anchors++}"
                : $"{TrustOptions.SectionName}:{nameof(TrustOptions.IntermediateFiles)}:{intermediates++}";
            overrides[key] = file.FullName;
        }

        return overrides;
    }
}
