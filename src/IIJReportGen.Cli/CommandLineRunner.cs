using System.CommandLine;

namespace IIJReportGen.Cli;

/// <summary>Runs a parsed command line with the product's exit codes: 0 success, 1 data or template errors, 2 usage errors.</summary>
internal static class CommandLineRunner
{
    public const int Success = 0;
    public const int DataErrors = 1;
    public const int UsageError = 2;

    /// <summary>The most specific usage error first: an unknown option explains a stray argument after it; a missing command is the least telling.</summary>
    private static int Rank(string message) => message switch
    {
        _ when message.StartsWith("Unrecognized option", StringComparison.Ordinal) => 0,
        _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) => 1,
        _ when message.StartsWith("Required command", StringComparison.Ordinal) => 3,
        _ => 2,
    };

    /// <summary>Parses and invokes; a usage error prints what is wrong and exits 2; an internal error is logged, never thrown at the user.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors.OrderBy(e => Rank(e.Message)))
                error.WriteLine("usage error: " + parseError.Message.ReplaceLineEndings(" ").Replace('\t', ' ').Replace("  ", " ", StringComparison.Ordinal));
            error.WriteLine($"Run '{root.Name} --help' (or '<command> --help') for usage.");
            return UsageError;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error: this is a bug in iijreport, not in your data. Details: {InternalErrorLog.Write(e)}");
            return DataErrors;
        }
    }
}
