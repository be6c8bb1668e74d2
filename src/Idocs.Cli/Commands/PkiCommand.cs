using System.CommandLine;
using Idocs.Signatures.TestPki;
using Microsoft.Extensions.Logging;

namespace Idocs.Cli.Commands;

/// <summary>
/// <c>idocs pki init|issue|revoke|serve</c>: a test PKI in the NCA profile for development and
/// demos. It serves OCSP, CRLs and timestamps on 127.0.0.1 only.
/// </summary>
public static class PkiCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8787/";

    public static Command Create()
    {
        var command = new Command("pki", "Test PKI in the NCA profile: create it, issue and revoke keys, serve OCSP, CRL and TSA on loopback.");
        command.Subcommands.Add(Init());
        command.Subcommands.Add(Issue());
        command.Subcommands.Add(Revoke());
        command.Subcommands.Add(Serve());
        return command;
    }

    private static Option<DirectoryInfo> FolderOption() =>
        new("--dir") { Description = "Folder of the test PKI.", Required = true };

    private static Command Init()
    {
        var folder = FolderOption();
        var url = new Option<string>("--url")
        {
            Description = "Base URL written into certificates (OCSP, CRL, CA issuers); must be http on 127.0.0.1 or ::1.",
            DefaultValueFactory = _ => DefaultUrl,
        };
        var command = new Command("init", "Create RSA and GOST-2015-512 roots, issuing CAs and a TSA.") { folder, url };
        command.SetAction(async (parseResult, _) =>
        {
            var text = parseResult.GetValue(url)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var baseUrl))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"--url '{text}' is not an absolute URL; use for example {DefaultUrl}.");
                return ExitCodes.UsageOrIndeterminate;
            }

            var created = TestPkiIssuer.Initialize(parseResult.GetValue(folder)!.FullName, baseUrl, TimeProvider.System);
            if (!created.IsSuccess)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(created.Error.Message);
                return ExitCodes.Failed;
            }

            foreach (var file in created.Value.Store.RootCertificateFiles())
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"root: {file}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Issue()
    {
        var folder = FolderOption();
        var kind = new Option<TestPkiSubjectKind>("--kind") { Description = "Individual, SoleProprietor or Employee.", DefaultValueFactory = _ => TestPkiSubjectKind.Individual };
        var algorithm = new Option<TestPkiAlgorithm>("--algorithm") { Description = "Rsa or Gost2015.", DefaultValueFactory = _ => TestPkiAlgorithm.Rsa };
        var purpose = new Option<TestPkiKeyPurpose>("--purpose") { Description = "Sign or Authentication.", DefaultValueFactory = _ => TestPkiKeyPurpose.Sign };
        var iin = new Option<string>("--iin") { Description = "12-digit IIN of the holder.", Required = true };
        var bin = new Option<string?>("--bin") { Description = "12-digit BIN of the organisation (Employee, SoleProprietor)." };
        var organization = new Option<string?>("--organization") { Description = "Organisation name (Employee)." };
        var surname = new Option<string>("--surname") { Description = "Surname.", Required = true };
        var givenName = new Option<string>("--given-name") { Description = "Given name.", Required = true };
        var patronymic = new Option<string?>("--patronymic") { Description = "Patronymic." };
        var roles = new Option<TestPkiRole[]>("--role") { Description = "Employee role: FirstHead, RightToSign, RightToSignFinancial, HumanResources, Employee.", AllowMultipleArgumentsPerToken = true };
        var password = new Option<string>("--password") { Description = "Password of the .p12 written.", Required = true };

        var command = new Command("issue", "Issue a key and certificate as a password-protected .p12 in the NCA layout.")
        {
            folder, kind, algorithm, purpose, iin, bin, organization, surname, givenName, patronymic, roles, password,
        };
        command.SetAction(async (parseResult, _) =>
        {
            var issuer = await OpenAsync(parseResult, folder);
            if (issuer is null)
            {
                return ExitCodes.Failed;
            }

            var issued = issuer.Issue(new TestPkiIssueRequest
            {
                Subject = new TestPkiSubject
                {
                    Kind = parseResult.GetValue(kind),
                    Iin = parseResult.GetValue(iin)!,
                    Bin = parseResult.GetValue(bin),
                    Organization = parseResult.GetValue(organization),
                    Surname = parseResult.GetValue(surname)!,
                    GivenName = parseResult.GetValue(givenName)!,
                    Patronymic = parseResult.GetValue(patronymic),
                    Roles = parseResult.GetValue(roles) ?? [],
                },
                Algorithm = parseResult.GetValue(algorithm),
                Purpose = parseResult.GetValue(purpose),
                Password = parseResult.GetValue(password)!,
            });
            if (!issued.IsSuccess)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(issued.Error.Message);
                return ExitCodes.Failed;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"serial {issued.Value.Certificate.SerialNumber.ToString(16)}: {issued.Value.Pkcs12File}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke()
    {
        var folder = FolderOption();
        var serial = new Option<string>("--serial") { Description = "Serial number in hex, as `pki issue` printed it.", Required = true };
        var reason = new Option<int>("--reason") { Description = "CRL reason code (0 unspecified, 1 key compromise, ...)." };
        var command = new Command("revoke", "Revoke an issued certificate from now on.") { folder, serial, reason };
        command.SetAction(async (parseResult, _) =>
        {
            var issuer = await OpenAsync(parseResult, folder);
            if (issuer is null)
            {
                return ExitCodes.Failed;
            }

            var revoked = issuer.Revoke(parseResult.GetValue(serial)!, parseResult.GetValue(reason));
            if (!revoked.IsSuccess)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(revoked.Error.Message);
                return ExitCodes.Failed;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Serve()
    {
        var folder = FolderOption();
        var command = new Command("serve", "Answer OCSP, CRL and RFC 3161 requests on the loopback URL given at init, until stopped.") { folder };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var issuer = await OpenAsync(parseResult, folder);
            if (issuer is null)
            {
                return ExitCodes.Failed;
            }

            if (!TestPkiServer.IsLoopbackHttp(issuer.Store.BaseUrl))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"Base URL '{issuer.Store.BaseUrl}' is not on 127.0.0.1 or ::1; the test PKI serves only on this machine.");
                return ExitCodes.Failed;
            }

            using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
            await using var server = TestPkiServer.Start(issuer, TimeProvider.System, loggers.CreateLogger<TestPkiServer>());
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Serving the test PKI at {server.BaseUrl}; stop with Ctrl+C.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or the caller's token ends serving; that is the normal way out.
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<TestPkiIssuer?> OpenAsync(ParseResult parseResult, Option<DirectoryInfo> folder)
    {
        var opened = TestPkiIssuer.Open(parseResult.GetValue(folder)!.FullName, TimeProvider.System);
        if (opened.IsSuccess)
        {
            return opened.Value;
        }

        await parseResult.InvocationConfiguration.Error.WriteLineAsync($"{opened.Error.Message} Run `idocs pki init --dir ...` first.");
        return null;
    }
}
