using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Cli.Build;

/// <summary>Whether the dataset maps onto XBRL (element names unique and valid, one period type per concept), as a located finding.</summary>
/// <remarks>Run by validate as well as build, so a dataset that would fail at the XBRL stage is reported before anything is rendered.</remarks>
public static class XbrlMappingCheck
{
    public const string Code = "XBRL001";

    public static Diagnostic? Run(ReportDataset dataset)
    {
        try
        {
            _ = new XbrlVocabulary(dataset);
            return null;
        }
        catch (XbrlMappingException e)
        {
            return Diagnostic.Error(Code, e.Message, LocationOf(dataset, e.Subject),
                "The element names and their rules are in src/IIJReportGen.Xbrl/README.md.");
        }
    }

    private static SourceLocation LocationOf(ReportDataset dataset, string subject) =>
        dataset.Concepts.TryGet(subject, out var concept) ? concept.Location
        : dataset.Measures.TryGet(subject, out var measure) ? measure.Location
        : dataset.Units.TryGet(subject, out var unit) ? unit.Location
        : new SourceLocation(dataset.File);
}
