using System.Text;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Output;

/// <summary>The process's standard output or error: a write that the machine refuses (a closed stream, a full disk behind a
/// redirection) is a <see cref="MachineFaultException"/> naming the stream, so the command exits 3 with what to fix.</summary>
internal sealed class StandardStream(TextWriter stream, string name) : TextWriter
{
    public static StandardStream Output { get; } = new(Console.Out, "standard output");

    public static StandardStream Error { get; } = new(Console.Error, "standard error");

    public override Encoding Encoding => stream.Encoding;

    public override IFormatProvider FormatProvider => stream.FormatProvider;

    public override void Write(char value) => Guard(() => stream.Write(value));

    public override void Write(string? value) => Guard(() => stream.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => stream.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => stream.WriteLine(value));

    public override void Flush() => Guard(stream.Flush);

    private void Guard(Action write) => MachineFault.Attempt($"Writing to {name}", write);
}
