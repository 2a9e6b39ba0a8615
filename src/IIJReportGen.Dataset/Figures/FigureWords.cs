using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Figures;

/// <summary>How prose reads a change: which sentence pattern a figure takes against the period it compares with.</summary>
public enum Trend
{
    /// <summary>The figure grew (as shown).</summary>
    Up,

    /// <summary>The figure fell (as shown).</summary>
    Down,

    /// <summary>Almost flat: the change rounds to zero as shown, or a % change is under the policy's almostFlatBelow.</summary>
    Flat,

    /// <summary>Exactly the same figure in both periods.</summary>
    Unchanged,

    /// <summary>A % change that means nothing (a base of zero or less, or a profit that became a loss): no %, both figures named.</summary>
    NotMeaningful,
}

/// <summary>The words a figure is read with — its direction against another period, and its name by sign — decided on the
/// figure as the document shows it (rounded), never on the raw value: "up 0.0%" or "increased by JPY0 million" cannot be written.</summary>
/// <remarks>The one owner of these decisions, beside <see cref="Presentation"/>, which owns how the figure itself is shown.</remarks>
public sealed class FigureWords(Presentation presentation)
{
    /// <summary>How the figure reads against its comparative (or <paramref name="vs"/>), judged on <paramref name="form"/> as shown:
    /// a % change (yoyPercent) or a change (changeMillions …). Null when the dataset cannot derive it.</summary>
    public Trend? Trend(string id, string period, FigureForm form, string? vs = null)
    {
        if (!form.Compares)
            throw new ArgumentException($"A trend is read on a change or a % change, not on '{form.Name}'.", nameof(form));
        if (presentation.Show(id, period, form, vs) is not { } shown)
            return null;
        if (presentation.Model.Change(id, period, vs) == 0)
            return Figures.Trend.Unchanged;
        if (shown.As == ShownAs.NotMeaningful || shown.Value is not { } value)
            return Figures.Trend.NotMeaningful;
        if (value == 0 || form.Derivation == Derivation.YoyPercent && Math.Abs(value) < presentation.Policy.PercentChange.AlmostFlatBelow)
            return Figures.Trend.Flat;
        return value > 0 ? Figures.Trend.Up : Figures.Trend.Down;
    }

    /// <summary>The sign of the figure as shown in <paramref name="form"/> (-1, 0, 1): a loss that rounds to zero shows no loss.
    /// Null when the dataset cannot derive it.</summary>
    public int? Sign(string id, string period, FigureForm form) =>
        presentation.Show(id, period, form) is { } shown ? Math.Sign(shown.Value ?? 0m) : null;

    /// <summary>The figure's name for its sign as shown ("operating loss"), from the dataset's labelBySign; null when the dataset
    /// gives no names by sign for it or cannot derive the figure.</summary>
    public string? Label(string id, string period, FigureForm form) =>
        presentation.Model.Dataset.LabelBySignOf(id) is { } names && Sign(id, period, form) is { } sign ? names.For(sign) : null;
}
