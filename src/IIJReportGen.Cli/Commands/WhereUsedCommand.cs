using System.CommandLine;
using IIJReportGen.Pipeline;
using IIJReportGen.Cli.Output;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Diagnostics;
using Newtonsoft.Json;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport where-used CONCEPT [DATASET]`: every place the built documents show a fact — document, page, section, table, template line.</summary>
internal static class WhereUsedCommand
{
    public static Command Create(ConsoleOptions console)
    {
        var concept = new Argument<string>("CONCEPT") { Description = "The concept or measure id, e.g. TotalRevenues." };
        var dataset = CommandInputs.Dataset("The dataset to build.");
        var period = new Option<string?>("--period") { Description = "Only uses of this period (e.g. 1H13)." };
        var templates = CommandInputs.Templates();
        var format = FormatOption.Create();
        var command = new Command("where-used", "List every place the documents show a fact, from a build (not by searching templates).")
        {
            concept, dataset, period, templates, format,
        };
        command.SetAction(result => Run(result.GetValue(concept)!, result.GetValue(period),
            new BuildRequest(result.GetValue(dataset)!, "", result.GetValue(templates)!), result.GetValue(format)!,
            ConsoleOptions.TerminalOf(result), console.VerbosityOf(result)));
        return command;
    }

    /// <summary>Builds into a scratch folder (the published outputs are not touched) and prints the places.</summary>
    public static int Run(string concept, string? period, BuildRequest request, string format, Terminal terminal, Verbosity verbosity)
    {
        var scratch = Directory.CreateTempSubdirectory("iijreport-where-used-").FullName;
        try
        {
            var result = ReportBuild.Run(request with { OutputDirectory = scratch });
            if (!result.Succeeded)
            {
                DiagnosticWriter.For(format).Write(result.Diagnostics, terminal, verbosity);
                return CommandLineRunner.DataErrors;
            }
            var places = result.Documents.SelectMany(FactPlaces.Of)
                .Where(p => p.Use.Id == concept && (period is null || p.Use.Period == period)).ToList();
            if (places.Count == 0 && !result.Documents.SelectMany(d => d.FactUses).Any(u => u.Id == concept))
                return Unknown(concept, result, format, terminal, verbosity);
            if (format == "json")
                WriteJson(places, terminal.Output);
            else
                WriteText(places, terminal.Output);
            return CommandLineRunner.Success;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static int Unknown(string concept, BuildResult result, string format, Terminal terminal, Verbosity verbosity)
    {
        var used = result.Documents.SelectMany(d => d.FactUses).Select(u => u.Id).Distinct().ToList();
        var findings = new DiagnosticBag();
        findings.Add(Diagnostic.Error("USE001", $"No document shows '{concept}'.", hint: Suggestion.Hint(concept, used, "figures shown")));
        DiagnosticWriter.For(format).Write(findings, terminal, verbosity);
        return CommandLineRunner.DataErrors;
    }

    private static void WriteText(IReadOnlyList<FactPlace> places, TextWriter output)
    {
        foreach (var place in places)
        {
            var page = place.Page is { } p ? $"page {p}" : "page ?";
            var where = string.Join(" · ", new[] { place.Section, place.Table is null ? null : "table " + place.Table }.Where(s => s is not null));
            output.WriteLine($"{place.Document} {page}: {place.Use.Shown ?? "(word choice)"} ({place.Use.Form}, {place.Use.Period}) {where} — {place.Use.Template}");
        }
        output.WriteLine($"{places.Count} place(s).");
    }

    private static void WriteJson(IReadOnlyList<FactPlace> places, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartArray();
        foreach (var place in places)
        {
            json.WriteStartObject();
            Write(json, "document", place.Document);
            json.WritePropertyName("page");
            json.WriteValue(place.Page);
            Write(json, "section", place.Section);
            Write(json, "table", place.Table);
            Write(json, "concept", place.Use.Id);
            Write(json, "period", place.Use.Period);
            Write(json, "form", place.Use.Form);
            Write(json, "shown", place.Use.Shown);
            Write(json, "template", place.Use.Template.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        output.WriteLine();
    }

    private static void Write(JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
