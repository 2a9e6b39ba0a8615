using System.CommandLine;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli;

/// <summary>Runs a parsed command line with the product's exit codes (<see cref="ExitCode"/>, their one owner): a command
/// returns its own (<see cref="ExitCode.Of"/> its findings); this returns 2 for a usage error, and for a command that threw
/// what <see cref="Crash"/> says (3 for a fault of the machine, else 1 for a bug).</summary>
internal static class CommandLineRunner
{
    /// <summary>The most specific usage error first: an unknown option explains a stray argument after it; a missing command is the least telling.</summary>
    private static int Rank(string message) => message switch
    {
        _ when message.StartsWith("Unrecognized option", StringComparison.Ordinal) => 0,
        _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) => 1,
        _ when message.StartsWith("Required command", StringComparison.Ordinal) => 3,
        _ => 2,
    };

    /// <summary>Parses and invokes; a usage error prints what is wrong and exits 2; a fault of the machine a command could not
    /// report itself is said as such (exit 3); anything else is a bug: logged, one line, never a stack trace at the user.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            Say(error, [
                .. result.Errors.OrderBy(e => Rank(e.Message))
                    .Select(e => "usage error: " + e.Message.ReplaceLineEndings(" ").Replace('\t', ' ').Replace("  ", " ", StringComparison.Ordinal)),
                $"Run '{root.Name} --help' (or '<command> --help') for usage.",
            ]);
            return ExitCode.UsageError;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            var (line, exit) = Crash.Describe(e, $"Running '{result.CommandResult.Command.Name}'");
            Say(error, [line]);
            return exit;
        }
    }

    /// <summary>Writes the last word; when even the error stream is closed there is no one to tell, and the exit code says it.</summary>
    private static void Say(TextWriter error, IEnumerable<string> lines)
    {
        try
        {
            foreach (var line in lines)
                error.WriteLine(line);
            error.Flush();
        }
        catch (MachineFaultException)
        {
        }
    }
}
