using System.Reflection;
using IIJReportGen.Dataset;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Markup;
using IIJReportGen.Pdf;
using IIJReportGen.Templating;
using IIJReportGen.Validation;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>One diagnostic code as its component's catalogue declares it.</summary>
public sealed record CatalogueEntry(string Component, string Code, Severity Severity, string Meaning);

/// <summary>Every component's catalogue of diagnostic codes (its XxxCodes class), in the order of the flow.</summary>
internal static class DiagnosticCatalogue
{
    public static readonly Type[] Catalogues =
    [
        typeof(DatasetCodes), typeof(ValidationCodes), typeof(XbrlCodes), typeof(TemplateCodes), typeof(MarkupCodes),
        typeof(LayoutCodes), typeof(PdfCodes), typeof(PipelineCodes), typeof(MachineCodes),
    ];

    public static IReadOnlyList<CatalogueEntry> Entries { get; } = Catalogues.SelectMany(Read).ToList();

    public static Severity SeverityOf(string code) => Entries.Single(e => e.Code == code).Severity;

    private static IEnumerable<CatalogueEntry> Read(Type catalogue)
    {
        var component = catalogue.Assembly.GetName().Name!["IIJReportGen.".Length..];
        foreach (var field in catalogue.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            var meaning = field.GetCustomAttribute<DiagnosticCodeAttribute>()
                ?? throw new InvalidOperationException($"{catalogue.Name}.{field.Name} has no [DiagnosticCode] meaning.");
            yield return new CatalogueEntry(component, (string)field.GetRawConstantValue()!, meaning.Severity, meaning.Meaning);
        }
    }
}
