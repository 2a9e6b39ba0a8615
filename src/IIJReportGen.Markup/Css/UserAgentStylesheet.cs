namespace IIJReportGen.Markup;

/// <summary>The built-in defaults (Css/UserAgent.css, embedded): heading sizes, paragraph margins, table cell padding, strong/em.</summary>
internal static class UserAgentStylesheet
{
    public const string Name = "user-agent.css";

    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(UserAgentStylesheet).Assembly.GetManifestResourceStream("IIJReportGen.Markup.UserAgent.css")
            ?? throw new InvalidOperationException("The embedded user-agent stylesheet is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
