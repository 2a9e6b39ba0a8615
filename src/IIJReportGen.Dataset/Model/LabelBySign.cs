namespace IIJReportGen.Dataset.Model;

/// <summary>How prose names a figure by its sign: "operating income" / "operating loss", "net cash provided by" / "used in".</summary>
/// <remarks>Data, not code: the dataset gives both names of a concept or measure whose sign changes its name.
/// A figure shown as zero takes the positive name.</remarks>
public sealed record LabelBySign(string Positive, string Negative)
{
    /// <summary>The name for a figure with this sign (-1, 0 or 1).</summary>
    public string For(int sign) => sign < 0 ? Negative : Positive;
}
