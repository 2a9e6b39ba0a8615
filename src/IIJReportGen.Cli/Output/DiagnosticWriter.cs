using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using Newtonsoft.Json;
using Spectre.Console;

namespace IIJReportGen.Cli.Output;

/// <summary>Prints findings as text lines or as the stable JSON document pipelines read.</summary>
internal abstract class DiagnosticWriter
{
    public static DiagnosticWriter For(string format) => format == "json" ? new JsonDiagnosticWriter() : new TextDiagnosticWriter();

    public abstract void Write(DiagnosticBag findings, Terminal terminal, Verbosity verbosity);

    /// <summary>The findings of several datasets' builds, and what each came to.</summary>
    public abstract void Write(IReadOnlyList<BatchOutcome> outcomes, Terminal terminal, Verbosity verbosity);
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

    /// <summary>Each dataset: a line naming it and its folder, its findings and count (when quiet, only datasets with errors); then one line for all.</summary>
    public override void Write(IReadOnlyList<BatchOutcome> outcomes, Terminal terminal, Verbosity verbosity)
    {
        foreach (var (target, result) in outcomes.Where(o => verbosity != Verbosity.Quiet || !o.Result.Succeeded))
        {
            WriteLine(terminal, $"{target.Dataset} -> {target.OutputDirectory.Replace('\\', '/')}{(result.Succeeded ? "" : " (not built)")}", "bold");
            Write(result.Diagnostics, terminal, verbosity);
        }
        var failed = outcomes.Count(o => !o.Result.Succeeded);
        WriteLine(terminal, $"{outcomes.Count} dataset(s): {outcomes.Count - failed} built, {failed} not built.", failed > 0 ? "red bold" : "green");
    }

    private static void WriteLine(Terminal terminal, string text, string colour)
    {
        if (terminal.Interactive)
            terminal.Console.MarkupLine($"[{colour}]{text.EscapeMarkup()}[/]");
        else
            terminal.Output.WriteLine(text);
    }
}

/// <summary>{ "errors", "warnings", "findings": [ { severity, code, message, file, line, column, path, hint } ] }; for several
/// datasets each finding also names its "dataset", and "datasets": [ { dataset, out, exitCode } ] follows.</summary>
internal sealed class JsonDiagnosticWriter : DiagnosticWriter
{
    public override void Write(DiagnosticBag findings, Terminal terminal, Verbosity verbosity) =>
        WriteDocument(terminal.Output, [(null, findings)], null);

    public override void Write(IReadOnlyList<BatchOutcome> outcomes, Terminal terminal, Verbosity verbosity) =>
        WriteDocument(terminal.Output, [.. outcomes.Select(o => ((string?)o.Target.Dataset, o.Result.Diagnostics))], json =>
        {
            json.WritePropertyName("datasets");
            json.WriteStartArray();
            foreach (var (target, result) in outcomes)
            {
                json.WriteStartObject();
                Property(json, "dataset", target.Dataset);
                Property(json, "out", target.OutputDirectory.Replace('\\', '/'));
                json.WritePropertyName("exitCode");
                json.WriteValue(ExitCode.Of(result.Diagnostics));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });

    private static void WriteDocument(TextWriter output, IReadOnlyList<(string? Dataset, DiagnosticBag Findings)> sets, Action<JsonTextWriter>? more)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("errors");
        json.WriteValue(sets.Sum(s => s.Findings.ErrorCount));
        json.WritePropertyName("warnings");
        json.WriteValue(sets.Sum(s => s.Findings.WarningCount));
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var (dataset, findings) in sets)
            foreach (var finding in findings)
                WriteFinding(json, finding, dataset);
        json.WriteEndArray();
        more?.Invoke(json);
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void WriteFinding(JsonTextWriter json, Diagnostic finding, string? dataset)
    {
        json.WriteStartObject();
        if (dataset is not null)
            Property(json, "dataset", dataset);
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
