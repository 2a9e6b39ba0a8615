using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>Whether the dataset maps onto XBRL (element names unique and valid, one period type per concept), as a located finding.</summary>
/// <remarks>Run by validate as well as build, so a dataset that would fail at the XBRL stage is reported before anything is rendered.</remarks>
internal static class XbrlMappingCheck
{
    /// <summary>The vocabulary the build tags and files with, or null after adding the finding that says why there is none.</summary>
    public static XbrlVocabulary? Run(ReportModel model, DiagnosticBag diagnostics)
    {
        try
        {
            return new XbrlVocabulary(model);
        }
        catch (XbrlMappingException e)
        {
            diagnostics.Add(Diagnostic.Error(XbrlCodes.Mapping, e.Message, e.LocationIn(model.Dataset),
                "The element names and their rules are in src/IIJReportGen.Xbrl/README.md."));
            return null;
        }
    }
}
