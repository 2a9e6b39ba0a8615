using System.CommandLine;

namespace IIJReportGen.Cli.Output;

/// <summary>The --quiet and --verbose options (validate, build and where-used honour them), and the terminal a command prints to.</summary>
internal sealed class ConsoleOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only.", Recursive = true };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print how long each stage took.", Recursive = true };

    public Verbosity VerbosityOf(ParseResult result) =>
        result.GetValue(Quiet) ? Verbosity.Quiet : result.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public static Terminal TerminalOf(ParseResult result) => Terminal.ForProcess(result.InvocationConfiguration.Output);
}
