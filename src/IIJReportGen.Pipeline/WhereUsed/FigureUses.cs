using IIJReportGen.Dataset.Json;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline;

/// <summary>The places found for a figure, or the findings that say why there are none.</summary>
public sealed record FigureUses(DiagnosticBag Diagnostics, IReadOnlyList<FactPlace> Places)
{
    public bool Succeeded => !Diagnostics.HasErrors;

    /// <summary>Every place the documents built from <paramref name="request"/> show <paramref name="concept"/> (in <paramref name="period"/>, when given).</summary>
    /// <remarks>Builds into a scratch folder, so the published outputs are not touched.</remarks>
    public static FigureUses Find(BuildRequest request, string concept, string? period)
    {
        var scratch = Directory.CreateTempSubdirectory("iijreport-where-used-").FullName;
        try
        {
            var result = ReportBuild.Run(request with { OutputDirectory = scratch });
            if (!result.Succeeded)
                return new FigureUses(result.Diagnostics, []);
            var shown = result.Documents.SelectMany(d => d.FactUses).Select(u => u.Id).Distinct().ToList();
            if (!shown.Contains(concept))
                return Unknown(concept, shown);
            var places = result.Documents.SelectMany(FactPlaces.Of).Where(p => p.Use.Id == concept && (period is null || p.Use.Period == period)).ToList();
            return new FigureUses(result.Diagnostics, places);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static FigureUses Unknown(string concept, IReadOnlyList<string> shown)
    {
        var findings = new DiagnosticBag();
        findings.Add(Diagnostic.Error(PipelineCodes.FigureNotShown, $"No document shows '{concept}'.", hint: Suggestion.Hint(concept, shown, "figures shown")));
        return new FigureUses(findings, []);
    }
}
