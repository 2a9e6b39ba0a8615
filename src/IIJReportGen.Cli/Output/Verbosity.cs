namespace IIJReportGen.Cli.Output;

/// <summary>How much a command prints: errors only, the usual findings and results, or also stage timings.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
