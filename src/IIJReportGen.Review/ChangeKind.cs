namespace IIJReportGen.Review;

/// <summary>What happened to a fact, figure, sentence or cell between the old and the new input.</summary>
public enum ChangeKind
{
    Changed,
    Inserted,
    Deleted,
}
