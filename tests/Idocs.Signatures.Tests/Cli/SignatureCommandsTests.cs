using System.CommandLine;
using System.Text.Json;
using Idocs.Cli;
using Idocs.Cli.Commands;

namespace Idocs.Signatures.Tests.Cli;

/// <summary>
/// Runs <c>idocs pki</c>, <c>sign</c> and <c>verify</c> in-process on a temporary folder, with the
/// test PKI served by <c>pki serve</c> on a free loopback port.
/// </summary>
[Collection(SharedCliPki.Name)]
public sealed class SignatureCommandsTests(CliPkiFixture pki)
{
    private const string Password = "Qwerty12";

    private string Folder => pki.Folder;

    private Uri Url => pki.Url;

    private string Pki => pki.Pki;

    private string Anchors => pki.Anchors;

    [Fact]
    public async Task SignAndVerify_CadesTWithTestPkiKey_PrintsTotalPassedJsonAndExitsZero()
    {
        var key = await IssueAsync("Rsa");
        var input = WriteInput("contract.txt", "Договор № 1");
        var signature = Path.Combine(Folder, "contract.txt.cms");

        var sign = await RunAsync("sign", "--key", key.File, "--password", Password, "--in", input, "--tsa", new Uri(Url, "tsp/").ToString(), "--out", signature);
        var verify = await VerifyAsync(signature, input);

        Assert.Equal(ExitCodes.Success, sign.ExitCode);
        Assert.True(verify.ExitCode == ExitCodes.Success, verify.Output + verify.Error);
        using var json = JsonDocument.Parse(verify.Output);
        Assert.Equal("TotalPassed", json.RootElement[0].GetProperty("indication").GetString());
    }

    [Fact]
    public async Task SignAndVerify_GostAttachedCms_ExitsZero()
    {
        var key = await IssueAsync("Gost2015");
        var input = WriteInput("act.txt", "Акт № 2");
        var signature = Path.Combine(Folder, "act.cms");

        var sign = await RunAsync("sign", "--key", key.File, "--password", Password, "--in", input, "--attached", "--tsa", new Uri(Url, "tsp/").ToString(), "--out", signature);
        var verify = await VerifyAsync(signature, content: null);

        Assert.Equal(ExitCodes.Success, sign.ExitCode);
        Assert.True(verify.ExitCode == ExitCodes.Success, verify.Output + verify.Error);
    }

    [Fact]
    public async Task SignAndVerify_XmlWithRsaKey_ExitsZero()
    {
        var key = await IssueAsync("Rsa");
        var input = WriteInput("doc.xml", "<doc><amount>100</amount></doc>");
        var signed = Path.Combine(Folder, "doc.signed.xml");

        var sign = await RunAsync("sign", "--key", key.File, "--password", Password, "--in", input, "--xml", "--out", signed);
        var verify = await VerifyAsync(signed, content: null);

        Assert.Equal(ExitCodes.Success, sign.ExitCode);
        Assert.True(verify.ExitCode == ExitCodes.Success, verify.Output + verify.Error);
    }

    [Fact]
    public async Task Verify_AfterPkiRevoke_ExitsOneWithRevoked()
    {
        var key = await IssueAsync("Rsa");
        var revoke = await RunAsync("pki", "revoke", "--dir", Pki, "--serial", key.Serial, "--reason", "1");
        await Task.Delay(TimeSpan.FromMilliseconds(1100), TestContext.Current.CancellationToken);
        var input = WriteInput("late.txt", "После отзыва");
        var signature = Path.Combine(Folder, "late.cms");
        await RunAsync("sign", "--key", key.File, "--password", Password, "--in", input, "--tsa", new Uri(Url, "tsp/").ToString(), "--out", signature);

        var verify = await VerifyAsync(signature, input);

        Assert.Equal(ExitCodes.Success, revoke.ExitCode);
        Assert.Equal(ExitCodes.Failed, verify.ExitCode);
        Assert.Contains("\"subIndication\": \"Revoked\"", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithoutTrustAnchors_ExitsTwoIndeterminate()
    {
        var key = await IssueAsync("Rsa");
        var input = WriteInput("plain.txt", "Без якорей");
        var signature = Path.Combine(Folder, "plain.cms");
        await RunAsync("sign", "--key", key.File, "--password", Password, "--in", input, "--out", signature);

        var verify = await RunAsync("verify", "--in", signature, "--content", input, "--json");

        Assert.Equal(ExitCodes.UsageOrIndeterminate, verify.ExitCode);
        Assert.Contains("\"indication\": \"Indeterminate\"", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingSignatureFile_ExitsTwoNamingTheFile()
    {
        var missing = Path.Combine(Folder, "absent.cms");

        var verify = await RunAsync("verify", "--in", missing);

        Assert.Equal(ExitCodes.UsageOrIndeterminate, verify.ExitCode);
        Assert.Contains("absent.cms", verify.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_WrongPassword_ExitsOne()
    {
        var key = await IssueAsync("Rsa");
        var input = WriteInput("x.txt", "x");

        var sign = await RunAsync("sign", "--key", key.File, "--password", "wrong", "--in", input, "--out", Path.Combine(Folder, "x.cms"));

        Assert.Equal(ExitCodes.Failed, sign.ExitCode);
        Assert.NotEmpty(sign.Error);
    }

    [Fact]
    public async Task PkiInit_NonLoopbackUrl_ExitsOne()
    {
        var init = await RunAsync("pki", "init", "--dir", Path.Combine(Folder, "other"), "--url", "http://192.0.2.1:8080/");

        Assert.Equal(ExitCodes.Failed, init.ExitCode);
        Assert.Contains("127.0.0.1", init.Error, StringComparison.Ordinal);
    }

    private async Task<(string File, string Serial)> IssueAsync(string algorithm)
    {
        var issue = await RunAsync(
            "pki", "issue", "--dir", Pki, "--algorithm", algorithm, "--iin", "900101300017",
            "--surname", "ТЕСТОВ", "--given-name", "ТЕСТ", "--password", Password);
        Assert.True(issue.ExitCode == ExitCodes.Success, issue.Error);
        var line = issue.Output.Trim();
        var serial = line["serial ".Length..line.IndexOf(':', StringComparison.Ordinal)];
        return (line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..], serial);
    }

    private Task<(int ExitCode, string Output, string Error)> VerifyAsync(string signature, string? content)
    {
        string[] crls = ["rsa", "rsa-root", "gost", "gost-root"];
        var args = new List<string> { "verify", "--in", signature, "--anchors", Anchors, "--json" };
        if (content is not null)
        {
            args.AddRange(["--content", content]);
        }

        foreach (var crl in crls)
        {
            args.AddRange(["--crl", new Uri(Url, $"crl/{crl}.crl").ToString()]);
        }

        return RunAsync([.. args]);
    }

    private string WriteInput(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await IdocsCommandLine.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
