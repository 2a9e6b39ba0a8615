using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl;

/// <summary>The dataset cannot be expressed in XBRL as it stands (e.g. two concepts map to one element name).</summary>
/// <param name="subject">The unit, concept or measure key at fault, so the caller can point at it in the dataset.</param>
/// <param name="message">What cannot be expressed, and how to fix it.</param>
/// <param name="location">Where the fault is, when it is known better than the subject's entry (a "tdnet" property, a form file).</param>
public sealed class XbrlMappingException(string subject, string message, SourceLocation? location = null) : Exception(message)
{
    public string Subject { get; } = subject;

    /// <summary>Where a person fixes it: the given location, else the subject's entry in the dataset, else the dataset file.</summary>
    public SourceLocation LocationIn(ReportDataset dataset) =>
        location
        ?? (dataset.Concepts.TryGet(Subject, out var concept) ? concept.Location
            : dataset.Measures.TryGet(Subject, out var measure) ? measure.Location
            : dataset.Units.TryGet(Subject, out var unit) ? unit.Location
            : new SourceLocation(dataset.File));
}
