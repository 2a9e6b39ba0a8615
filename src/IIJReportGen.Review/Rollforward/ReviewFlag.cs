namespace IIJReportGen.Review.Rollforward;

/// <summary>Something in the rolled dataset a person must look at: where (JSON path), why, and the old-period words found there.</summary>
public sealed record ReviewFlag(string Path, string Reason, IReadOnlyList<string> Mentions);

/// <summary>The rolled dataset (JSON text, ready to write) and the review list that goes with it.</summary>
public sealed record RollforwardResult(string FromPeriod, string ToPeriod, string Json, IReadOnlyList<ReviewFlag> Flags);
