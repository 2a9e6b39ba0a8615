using System.CommandLine;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Cli.Output;
using Newtonsoft.Json;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport where-used CONCEPT [DATASET]`: every place the built documents show a fact — document, page, section, table, template line.</summary>
internal static class WhereUsedCommand
{
    public static Command Create(ConsoleOptions console)
    {
        var concept = new Argument<string>("CONCEPT") { Description = "The concept or measure id (TotalRevenues), or an XBRL element name of the instance it maps to (iij:TotalRevenues, ChangeInTotalRevenues), or its TDnet summary name (NetSalesUS, ChangeInNetSalesUS)." };
        var dataset = CommandInputs.Dataset("The dataset to build.");
        var period = new Option<string?>("--period") { Description = "Only uses of this period (e.g. 1H13)." };
        var templates = CommandInputs.Templates();
        var format = FormatOption.Create();
        var command = new Command("where-used", "List every place the documents show a fact: where a build draws each figure the templates wrote (not by searching text).")
        {
            concept, dataset, period, templates, format,
        };
        command.SetAction(result => Run(result.GetValue(concept)!, result.GetValue(period),
            new BuildRequest(result.GetValue(dataset)!, "", result.GetValue(templates)!), result.GetValue(format)!,
            ConsoleOptions.TerminalOf(result), console.VerbosityOf(result)));
        return command;
    }

    /// <summary>Prints the places (or, when there are none to give, the findings that say why).</summary>
    public static int Run(string concept, string? period, BuildRequest request, string format, Terminal terminal, Verbosity verbosity)
    {
        var uses = FigureUses.Find(request, concept, period);
        if (!uses.Succeeded)
        {
            DiagnosticWriter.For(format).Write(uses.Diagnostics, terminal, verbosity);
            return ExitCode.Of(uses.Diagnostics);
        }
        if (format == "json")
            WriteJson(uses.Places, terminal.Output);
        else
            WriteText(uses.Places, terminal.Output);
        return ExitCode.Success;
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
            WriteArea(json, place.Area);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        output.WriteLine();
    }

    /// <summary>Where on the page, in points from the top-left corner (to a tenth), or null when no page draws it.</summary>
    private static void WriteArea(JsonTextWriter json, SkiaSharp.SKRect? area)
    {
        json.WritePropertyName("area");
        if (area is not { } a)
        {
            json.WriteNull();
            return;
        }
        json.WriteStartObject();
        foreach (var (name, value) in new[] { ("left", a.Left), ("top", a.Top), ("right", a.Right), ("bottom", a.Bottom) })
        {
            json.WritePropertyName(name);
            json.WriteValue(Math.Round((decimal)value, 1));
        }
        json.WriteEndObject();
    }

    private static void Write(JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
