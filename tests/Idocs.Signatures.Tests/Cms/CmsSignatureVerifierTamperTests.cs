using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Tests.Cms;

/// <summary>Flips bytes of the Kalkan samples; every flip in a signed region must fail the signature.</summary>
public sealed class CmsSignatureVerifierTamperTests
{
    private static readonly byte[] Detached = TestFiles.Read(KalkanSamples.Detached);
    private static readonly byte[] Document = TestFiles.Read(KalkanSamples.Document);

    private static SignerInfo Signer(byte[] cms) => SignerInfo.GetInstance(
        SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content).SignerInfos[0]);

    /// <summary>Offset and length of the signed attributes ([0] IMPLICIT SET) inside the sample.</summary>
    private static (int Start, int Length) SignedAttributesRegion(byte[] cms)
    {
        var encoded = Signer(cms).SignedAttrs.GetEncoded(Asn1Encodable.Der);
        encoded[0] = 0xA0;
        return (KalkanSamples.IndexOf(cms, encoded), encoded.Length);
    }

    private static (int Start, int Length) SignatureRegion(byte[] cms)
    {
        var signature = Signer(cms).Signature.GetOctets();
        return (KalkanSamples.IndexOf(cms, signature), signature.Length);
    }

    private static (int Start, int Length) TimestampRegion(byte[] cms)
    {
        var attribute = Org.BouncyCastle.Asn1.Cms.Attribute.GetInstance(Signer(cms).UnsignedAttrs[0]);
        var token = attribute.AttrValues[0].GetEncoded(Asn1Encodable.Der);
        return (KalkanSamples.IndexOf(cms, token), token.Length);
    }

    private static async Task<ValidationReport> Verify(byte[] cms, byte[] document)
    {
        var reports = await CmsSignatureVerifierKalkanTests.Verifier()
            .VerifyAsync(cms, CmsContent.FromBytes(document), TestContext.Current.CancellationToken);
        return reports[0];
    }

    private static byte[] Flip(byte[] source, int index)
    {
        var copy = (byte[])source.Clone();
        copy[index] ^= 0x01;
        return copy;
    }

    [Fact]
    public async Task VerifyAsync_ContentFlipped_HashFailure()
    {
        for (var i = 0; i < Document.Length; i++)
        {
            var report = await Verify(Detached, Flip(Document, i));

            Assert.Equal(Indication.TotalFailed, report.Indication);
            Assert.Equal(SubIndication.HashFailure, report.SubIndication);
        }
    }

    [Fact]
    public async Task VerifyAsync_AttachedContentFlipped_HashFailure()
    {
        var attached = TestFiles.Read(KalkanSamples.Attached);
        var start = KalkanSamples.IndexOf(attached, Document);

        var reports = await CmsSignatureVerifierKalkanTests.Verifier()
            .VerifyAsync(Flip(attached, start + 10), null, TestContext.Current.CancellationToken);

        Assert.Equal(Indication.TotalFailed, reports[0].Indication);
        Assert.Equal(SubIndication.HashFailure, reports[0].SubIndication);
    }

    [Fact]
    public async Task VerifyAsync_SignedAttributeFlipped_Fails()
    {
        var (start, length) = SignedAttributesRegion(Detached);
        SubIndication[] expected = [SubIndication.SigCryptoFailure, SubIndication.HashFailure, SubIndication.FormatFailure];

        for (var i = start; i < start + length; i++)
        {
            var report = await Verify(Flip(Detached, i), Document);

            Assert.Equal(Indication.TotalFailed, report.Indication);
            Assert.Contains(report.SubIndication, expected);
        }
    }

    [Fact]
    public async Task VerifyAsync_SigningTimeFlipped_SigCryptoFailure()
    {
        var signingTime = System.Text.Encoding.ASCII.GetBytes("260720091009Z");
        var (start, length) = SignedAttributesRegion(Detached);
        var index = Detached.AsSpan(start, length).IndexOf(signingTime) + start + 11;

        var report = await Verify(Flip(Detached, index), Document);

        Assert.Equal(Indication.TotalFailed, report.Indication);
        Assert.Equal(SubIndication.SigCryptoFailure, report.SubIndication);
    }

    [Fact]
    public async Task VerifyAsync_SignatureFlipped_SigCryptoFailure()
    {
        var (start, length) = SignatureRegion(Detached);

        for (var i = start; i < start + length; i++)
        {
            var report = await Verify(Flip(Detached, i), Document);

            Assert.Equal(Indication.TotalFailed, report.Indication);
            Assert.Equal(SubIndication.SigCryptoFailure, report.SubIndication);
        }
    }

    [Fact]
    public async Task VerifyAsync_TimestampFlipped_Fails()
    {
        var (start, length) = TimestampRegion(Detached);
        SubIndication[] expected = [SubIndication.TimestampFailure, SubIndication.FormatFailure];

        var tsaCertificate = SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(Detached.AsSpan(start, length).ToArray())).Content)
            .Certificates[0].GetEncoded(Asn1Encodable.Der);
        var certificateStart = KalkanSamples.IndexOf(Detached, tsaCertificate);
        var undetected = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForAsync(start, start + length, TestContext.Current.CancellationToken, async (i, _) =>
        {
            // Every byte of the certificate is covered by one hash, so a quarter of them keeps the test fast.
            if (i >= certificateStart && i < certificateStart + tsaCertificate.Length && i % 4 != 0)
            {
                return;
            }

            var report = await Verify(Flip(Detached, i), Document);
            if (report.Indication != Indication.TotalFailed || !expected.Contains(report.SubIndication))
            {
                undetected.Add($"offset {i - start} in the token: {report.Indication}/{report.SubIndication}");
            }
        });

        Assert.Empty(undetected);
    }

    [Fact]
    public async Task VerifyAsync_GenTimeFlipped_TimestampFailure()
    {
        var genTime = System.Text.Encoding.ASCII.GetBytes("20260720091009Z");
        var index = KalkanSamples.IndexOf(Detached, genTime) + 13;

        var report = await Verify(Flip(Detached, index), Document);

        Assert.Equal(Indication.TotalFailed, report.Indication);
        Assert.Equal(SubIndication.TimestampFailure, report.SubIndication);
    }
}
