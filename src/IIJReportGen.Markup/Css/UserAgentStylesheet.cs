using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>The built-in defaults (Css/UserAgent.css, embedded): heading sizes, paragraph margins, table cell padding, strong/em.</summary>
/// <remarks>Read once per process: the rules are the same for every document, and the first read is the one that initialises
/// the CSS library (AngleSharp.Css builds its property tables, ~0.3 s under JIT), which <see cref="MarkupDocument.Prepare"/> lets
/// a caller do on another thread while it does other work.</remarks>
internal static class UserAgentStylesheet
{
    public const string Name = "user-agent.css";

    private static readonly Lazy<Stylesheet> Read = new(ReadRules);

    public static string Text { get; } = Load();

    /// <summary>The rules, read on first use (or waited for, when another thread is reading them).</summary>
    public static Stylesheet Rules => Read.Value;

    private static Stylesheet ReadRules()
    {
        var diagnostics = new DiagnosticBag();
        var sheet = new Stylesheet();
        new StylesheetReader(diagnostics).Read(new CssSource(Text, Name), sheet, userAgent: true);
        if (diagnostics.Any())
            throw new InvalidOperationException("The built-in stylesheet has findings: " + string.Join("; ", diagnostics));
        return sheet;
    }

    private static string Load()
    {
        using var stream = typeof(UserAgentStylesheet).Assembly.GetManifestResourceStream("IIJReportGen.Markup.UserAgent.css")
            ?? throw new InvalidOperationException("The embedded user-agent stylesheet is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
