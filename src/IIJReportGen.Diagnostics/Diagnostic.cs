namespace IIJReportGen.Diagnostics;

/// <summary>One finding: a severity, a stable code, a message a person can act on, where, and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null, string? Hint = null)
{
    /// <summary>Where the finding points. Its JSON path is spelled out when the finding is made, so a finding kept after the build
    /// (a batch keeps every dataset's) holds the path, not the dataset's JSON tree it is spelled from.</summary>
    public SourceLocation? Location { get; init; } = Spelled(Location);

    public static Diagnostic Error(string code, string message, SourceLocation? location = null, string? hint = null) =>
        new(Severity.Error, code, message, location, hint);

    public static Diagnostic Warning(string code, string message, SourceLocation? location = null, string? hint = null) =>
        new(Severity.Warning, code, message, location, hint);

    private static SourceLocation? Spelled(SourceLocation? location)
    {
        _ = location?.Path;
        return location;
    }

    /// <summary>The one-line form: "file:line:col (path): error CODE: message Hint".</summary>
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var severity = Severity.ToString().ToLowerInvariant();
        var hint = string.IsNullOrEmpty(Hint) ? "" : " " + Hint;
        return $"{where}{severity} {Code}: {Message}{hint}";
    }
}
