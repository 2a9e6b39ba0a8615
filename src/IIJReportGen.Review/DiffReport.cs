using IIJReportGen.Review.Documents;
using IIJReportGen.Review.Facts;

namespace IIJReportGen.Review;

/// <summary>Everything `iijreport diff` reports: the dataset-level changes and, per document, the prose and table changes.</summary>
public sealed record DiffReport(string OldFile, string NewFile, DatasetChanges Dataset, IReadOnlyList<DocumentChanges> Documents)
{
    public bool IsEmpty => Dataset.IsEmpty && Documents.All(d => d.IsEmpty);
}
