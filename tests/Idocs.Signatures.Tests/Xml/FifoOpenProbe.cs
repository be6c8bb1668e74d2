using System.Diagnostics;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// A named pipe (FIFO) in a temporary folder that records whether anything opened it for reading.
/// A background thread opens the write end, which blocks until a reader opens the pipe. So the
/// writer gets through only if the code under test opened the file.
/// </summary>
internal sealed class FifoOpenProbe : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "idocs-fifo-" + Guid.NewGuid().ToString("N"));
    private readonly Thread _writer;
    private volatile bool _closing;
    private volatile bool _openedByReader;

    public FifoOpenProbe()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "secret.xml");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
            {
                throw new InvalidOperationException($"mkfifo failed with exit code {mkfifo.ExitCode}.");
            }
        }

        _writer = new Thread(() =>
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Write);
            if (!_closing)
            {
                _openedByReader = true;
                stream.Write("<secret>leaked</secret>"u8);
            }
        })
        { IsBackground = true };
        _writer.Start();
    }

    public string Path { get; }

    public Uri FileUri => new(Path);

    /// <summary>Unblocks the writer by opening the pipe here and returns whether someone else opened it first.</summary>
    public bool WasOpened()
    {
        Thread.Sleep(200);
        _closing = true;
        using (new FileStream(Path, FileMode.Open, FileAccess.Read))
        {
            _writer.Join(TimeSpan.FromSeconds(5));
        }

        return _openedByReader;
    }

    public void Dispose()
    {
        if (_writer.IsAlive)
        {
            WasOpened();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
