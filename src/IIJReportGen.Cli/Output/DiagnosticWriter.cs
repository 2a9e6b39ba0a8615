using IIJReportGen.Diagnostics;
using Newtonsoft.Json;
using Spectre.Console;

namespace IIJReportGen.Cli.Output;

/// <summary>Prints findings as text lines or as the stable JSON document pipelines read.</summary>
internal abstract class DiagnosticWriter
{
    public static DiagnosticWriter For(string format) => format == "json" ? new JsonDiagnosticWriter() : new TextDiagnosticWriter();

    public abstract void Write(DiagnosticBag findings, Terminal terminal, Verbosity verbosity);
}

/// <summary>One line per finding (errors only when quiet; coloured on a terminal), then a count.</summary>
internal sealed class TextDiagnosticWriter : DiagnosticWriter
{
    public override void Write(DiagnosticBag findings, Terminal terminal, Verbosity verbosity)
    {
        foreach (var finding in findings.Where(f => verbosity != Verbosity.Quiet || f.Severity == Severity.Error))
            WriteLine(terminal, finding.ToString(), finding.Severity == Severity.Error ? "red" : "yellow");
        var summary = $"{findings.ErrorCount} error(s), {findings.WarningCount} warning(s).";
        WriteLine(terminal, summary, findings.HasErrors ? "red bold" : "green");
    }

    private static void WriteLine(Terminal terminal, string text, string colour)
    {
        if (terminal.Interactive)
            terminal.Console.MarkupLine($"[{colour}]{text.EscapeMarkup()}[/]");
        else
            terminal.Output.WriteLine(text);
    }
}

/// <summary>{ "errors", "warnings", "findings": [ { severity, code, message, file, line, column, path, hint } ] }.</summary>
internal sealed class JsonDiagnosticWriter : DiagnosticWriter
{
    public override void Write(DiagnosticBag findings, Terminal terminal, Verbosity verbosity)
    {
        var output = terminal.Output;
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("errors");
        json.WriteValue(findings.ErrorCount);
        json.WritePropertyName("warnings");
        json.WriteValue(findings.WarningCount);
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var finding in findings)
            WriteFinding(json, finding);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void WriteFinding(JsonTextWriter json, Diagnostic finding)
    {
        json.WriteStartObject();
        Property(json, "severity", finding.Severity.ToString().ToLowerInvariant());
        Property(json, "code", finding.Code);
        Property(json, "message", finding.Message);
        Property(json, "file", finding.Location?.File);
        json.WritePropertyName("line");
        json.WriteValue(finding.Location is { Line: > 0 } l ? l.Line : null);
        json.WritePropertyName("column");
        json.WriteValue(finding.Location is { Column: > 0 } c ? c.Column : null);
        Property(json, "path", finding.Location?.Path);
        Property(json, "hint", finding.Hint);
        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
