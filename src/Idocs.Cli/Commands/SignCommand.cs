using System.CommandLine;
using System.Text;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Signing;
using Idocs.Signatures.Xml;

namespace Idocs.Cli.Commands;

/// <summary><c>idocs sign</c>: signs a file with an NCA <c>.p12</c> key as CMS (CAdES-BES or -T) or enveloped XMLDSig.</summary>
public static class SignCommand
{
    public static Command Create()
    {
        var key = new Option<FileInfo>("--key") { Description = "PKCS#12 key file (.p12) in the NCA layout.", Required = true };
        var password = new Option<string>("--password") { Description = "Password of the key file.", Required = true };
        var input = new Option<FileInfo>("--in") { Description = "File to sign.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the signature (or the signed XML).", Required = true };
        var xml = new Option<bool>("--xml") { Description = "Sign an XML document with an enveloped XMLDSig instead of CMS." };
        var attached = new Option<bool>("--attached") { Description = "Put the content inside the CMS (default: detached)." };
        var tsa = new Option<string?>("--tsa") { Description = "RFC 3161 timestamp authority URL; makes the CMS CAdES-T." };

        var command = new Command("sign", "Sign a file with a .p12 key: CMS detached or attached, or XMLDSig.");
        foreach (var option in new Option[] { key, password, input, output, xml, attached, tsa })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new SignArguments(
                parseResult.GetValue(key)!,
                parseResult.GetValue(password)!,
                parseResult.GetValue(input)!,
                parseResult.GetValue(output)!,
                parseResult.GetValue(xml),
                parseResult.GetValue(attached),
                parseResult.GetValue(tsa)),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(SignArguments arguments, TextWriter error, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { arguments.Key, arguments.Input })
        {
            if (!file.Exists)
            {
                await error.WriteLineAsync($"File '{file.FullName}' was not found.");
                return ExitCodes.UsageOrIndeterminate;
            }
        }

        if (arguments.Tsa is not null && !Uri.TryCreate(arguments.Tsa, UriKind.Absolute, out _))
        {
            await error.WriteLineAsync($"--tsa '{arguments.Tsa}' is not an absolute URL of a timestamp authority.");
            return ExitCodes.UsageOrIndeterminate;
        }

        if (arguments.Xml && (arguments.Attached || arguments.Tsa is not null))
        {
            await error.WriteLineAsync("--attached and --tsa apply to CMS only; drop them with --xml.");
            return ExitCodes.UsageOrIndeterminate;
        }

        var signingKey = Pkcs12Reader.Read(await File.ReadAllBytesAsync(arguments.Key.FullName, cancellationToken), arguments.Password);
        if (!signingKey.IsSuccess)
        {
            await error.WriteLineAsync($"Key file '{arguments.Key.Name}' cannot be used: {signingKey.Error.Message}");
            return ExitCodes.Failed;
        }

        var content = await File.ReadAllBytesAsync(arguments.Input.FullName, cancellationToken);
        var signed = arguments.Xml ? SignXml(signingKey.Value, content) : SignCms(signingKey.Value, content, arguments);
        if (signed.Error is not null)
        {
            await error.WriteLineAsync(signed.Error);
            return ExitCodes.Failed;
        }

        await File.WriteAllBytesAsync(arguments.Output.FullName, signed.Bytes!, cancellationToken);
        return ExitCodes.Success;
    }

    private static (byte[]? Bytes, string? Error) SignXml(SigningKey key, byte[] content)
    {
        var xmlKey = SigningKeyXmlKey.Create(key);
        if (!xmlKey.IsSuccess)
        {
            return (null, xmlKey.Error.Message);
        }

        var signed = new XmlSignatureSigner(new XmlDigestCalculator()).Sign(Encoding.UTF8.GetString(content), xmlKey.Value);
        return signed.IsSuccess
            ? (Encoding.UTF8.GetBytes(signed.Value), null)
            : (null, $"The XML cannot be signed: {signed.Error.Message}");
    }

    private static (byte[]? Bytes, string? Error) SignCms(SigningKey key, byte[] content, SignArguments arguments)
    {
        if (arguments.Tsa is null)
        {
            return (CadesSigner.Sign(key, content, new CadesSignOptions { Detached = !arguments.Attached }), null);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var tsa = new HttpTimestampClient(http, new Uri(arguments.Tsa));
        string? tsaError = null;
        var cms = CadesSigner.Sign(key, content, new CadesSignOptions
        {
            Detached = !arguments.Attached,
            TimestampProvider = signature =>
            {
                var token = tsa.RequestToken(signature);
                tsaError = token.IsSuccess ? null : token.Error.Message;
                return token.IsSuccess ? token.Value : [0x05, 0x00];
            },
        });

        // NOTE: CadesSigner takes a synchronous provider, so a TSA failure is carried out of the callback
        // as a DER NULL placeholder, and the half-made CMS is discarded here.
        return tsaError is null ? (cms, null) : (null, $"No timestamp was obtained: {tsaError}");
    }

    private sealed record SignArguments(
        FileInfo Key, string Password, FileInfo Input, FileInfo Output, bool Xml, bool Attached, string? Tsa);
}
