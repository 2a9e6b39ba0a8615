using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>The places found for a figure, or the findings that say why there are none.</summary>
public sealed record FigureUses(DiagnosticBag Diagnostics, IReadOnlyList<FactPlace> Places)
{
    public bool Succeeded => !Diagnostics.HasErrors;

    /// <summary>Every place the documents built from <paramref name="request"/> show <paramref name="figure"/> (in <paramref name="period"/>, when given).</summary>
    /// <param name="request">What to build.</param>
    /// <param name="figure">A concept or measure id ("TotalRevenues"), or an XBRL element name of the instance it maps to
    /// ("iij:TotalRevenues"; the element of a year-on-year change, "ChangeInTotalRevenues", finds the % changes shown, which
    /// "iij:TotalRevenues" then leaves out), or the TDnet summary's tse-ed-t name of it ("NetSalesUS": every figure the
    /// dataset's "tdnet" maps to it, results and forecasts; "ChangeInNetSalesUS": their % changes).</param>
    /// <param name="period">Only uses of this period.</param>
    /// <remarks>Builds into a scratch folder, so the published outputs are not touched.</remarks>
    public static FigureUses Find(BuildRequest request, string figure, string? period)
    {
        var scratch = Directory.CreateTempSubdirectory("iijreport-where-used-").FullName;
        try
        {
            // A folder inside the scratch folder, so the build's lock and staging folder beside it go with the scratch folder.
            var result = ReportBuild.Run(request with { OutputDirectory = Path.Combine(scratch, "out") });
            if (!result.Succeeded)
                return new FigureUses(result.Diagnostics, []);
            var places = result.Documents.SelectMany(FactPlaces.Of).ToList();
            var vocabulary = result.Vocabulary!;
            var asked = Asked(figure, vocabulary, places);
            if (asked is null)
                return Unknown(figure, Names(places, vocabulary));
            return new FigureUses(result.Diagnostics, places.Where(p => asked(p) && (period is null || p.Use.Period == period)).ToList());
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Which places <paramref name="figure"/> asks for, by id or by XBRL element name; null when no document shows it.</summary>
    /// <remarks>By element name, a use is found where the XBRL tags it: a % change shown of a figure whose change has an
    /// element of its own is that element's, not the figure's.</remarks>
    private static Func<FactPlace, bool>? Asked(string figure, XbrlVocabulary vocabulary, List<FactPlace> places)
    {
        if (places.Any(p => p.Use.Id == figure))
            return p => p.Use.Id == figure;
        var elements = vocabulary.ElementsNamed(figure);
        bool Shows(FactPlace p) => elements.Any(e => e.Id == p.Use.Id && IsChange(p, vocabulary) == (e.Kind == XbrlFigureKind.Change));
        if (places.Any(Shows))
            return Shows;
        var summary = SummaryNamed(figure, vocabulary.Dataset);
        bool InSummary(FactPlace p) => summary.Any(s => s.Id == p.Use.Id && s.Change == (p.Use.Form == FigureForm.YoyPercent.Name));
        return places.Any(InSummary) ? InSummary : null;
    }

    /// <summary>The figures a tse-ed-t name of the TDnet summary stands for (with or without the "iij:" prefix): the concepts and
    /// measures whose "tdnet" names it, or, for "ChangeIn" + such a name, their % changes.</summary>
    private static List<(string Id, bool Change)> SummaryNamed(string figure, ReportDataset dataset)
    {
        var local = figure.StartsWith(XbrlVocabulary.Prefix + ":", StringComparison.Ordinal) ? figure[(XbrlVocabulary.Prefix.Length + 1)..] : figure;
        var mapped = dataset.Concepts.Select(c => (c.Key, c.Tdnet)).Concat(dataset.Measures.Select(m => (m.Key, m.Tdnet)))
            .Where(f => f.Tdnet is not null).ToList();
        return [.. mapped.Where(f => f.Tdnet!.Element == local).Select(f => (f.Key, false))
            .Concat(mapped.Where(f => "ChangeIn" + f.Tdnet!.Element == local).Select(f => (f.Key, true)))];
    }

    private static bool IsChange(FactPlace place, XbrlVocabulary vocabulary) =>
        place.Use.Form == FigureForm.YoyPercent.Name && vocabulary.ChangeElement(place.Use.Id) is not null;

    /// <summary>The names a person may have meant: the ids shown, the XBRL element names they map to and their TDnet summary names.</summary>
    private static List<string> Names(List<FactPlace> places, XbrlVocabulary vocabulary)
    {
        var ids = places.Select(p => p.Use.Id).Distinct().ToList();
        var elements = vocabulary.Elements.Concat(vocabulary.ChangeElements).Where(e => ids.Contains(e.Id)).Select(e => e.Name);
        var dataset = vocabulary.Dataset;
        var summary = ids.Select(id => dataset.Concepts.TryGet(id, out var c) ? c.Tdnet : dataset.Measures.TryGet(id, out var m) ? m.Tdnet : null)
            .OfType<TdnetMapping>().Select(t => t.Element);
        return [.. ids.Concat(elements).Concat(summary).Distinct()];
    }

    private static FigureUses Unknown(string figure, IReadOnlyList<string> shown)
    {
        var findings = new DiagnosticBag();
        findings.Add(Diagnostic.Error(PipelineCodes.FigureNotShown, $"No document shows '{figure}'.", hint: Suggestion.Hint(figure, shown, "figures shown (ids and XBRL element names)")));
        return new FigureUses(findings, []);
    }
}
