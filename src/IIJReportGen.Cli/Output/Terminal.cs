using Spectre.Console;

namespace IIJReportGen.Cli.Output;

/// <summary>Where a command prints, and whether that is a person's terminal (colour, progress) or a log (plain text).</summary>
/// <remarks>Plain whenever the output is redirected, CI is set, NO_COLOR is set or TERM is dumb, so pipelines get stable text.</remarks>
internal sealed class Terminal
{
    private Terminal(TextWriter output, bool interactive)
    {
        Output = output;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    public TextWriter Output { get; }

    /// <summary>True on a person's terminal: colours and progress are shown.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    /// <summary>The terminal for this process's standard output.</summary>
    public static Terminal ForProcess(TextWriter output) => new(output, output == StandardStream.Output && IsPersonsTerminal());

    /// <summary>A plain terminal writing to <paramref name="output"/> (tests, redirected output).</summary>
    public static Terminal Plain(TextWriter output) => new(output, false);

    /// <summary>Runs <paramref name="work"/> showing a spinner with <paramref name="status"/> on a terminal; plainly otherwise.</summary>
    public T Status<T>(string status, Func<T> work) =>
        Interactive ? Console.Status().Start(status, _ => work()) : work();

    private static bool IsPersonsTerminal() =>
        !System.Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
