using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Figures;

/// <summary>Where a form's decimals come from.</summary>
public enum DecimalsRule
{
    /// <summary>A fixed number: whole units of the form's scale (millions, thousands), or two for US$ per-share figures.</summary>
    Fixed,

    /// <summary>The figure's own precision (a per-share amount's two decimals, Gbps to one), never below whole units.</summary>
    Figure,

    /// <summary>The document's % change policy.</summary>
    PercentPolicy,
}

/// <summary>One way a document shows a figure: what is derived, the power of ten it is shown in, and its decimals rule.</summary>
/// <remarks>
/// The one list of forms: the dataset's asPublished <c>as</c>, text references <c>{Id@PERIOD|form}</c>, the template helpers and
/// table cells all name these (and data/dataset.schema.json lists the same names, which a test checks).
/// Scale 6 shows millions; -2 shows a ratio as a %. A % change is derived in percent already, so its scale is 0.
/// </remarks>
public sealed record FigureForm(string Name, Derivation Derivation, int Scale, DecimalsRule Decimals, string Description, int FixedDecimals = 0)
{
    public static readonly FigureForm Thousands = new("thousands", Derivation.Value, 3, DecimalsRule.Fixed, "thousands");
    public static readonly FigureForm Millions = new("millions", Derivation.Value, 6, DecimalsRule.Fixed, "millions");
    public static readonly FigureForm Units = new("units", Derivation.Value, 0, DecimalsRule.Figure, "units");
    public static readonly FigureForm UsdThousands = new("usdThousands", Derivation.Usd, 3, DecimalsRule.Fixed, "US$ thousands");
    public static readonly FigureForm UsdMillions = new("usdMillions", Derivation.Usd, 6, DecimalsRule.Fixed, "US$ millions");
    public static readonly FigureForm UsdUnits = new("usdUnits", Derivation.Usd, 0, DecimalsRule.Fixed, "US$", FixedDecimals: 2);
    public static readonly FigureForm YoyPercent = new("yoyPercent", Derivation.YoyPercent, 0, DecimalsRule.PercentPolicy, "YoY %");
    public static readonly FigureForm Percent = new("percent", Derivation.Value, -2, DecimalsRule.PercentPolicy, "%");
    public static readonly FigureForm ChangeThousands = new("changeThousands", Derivation.Change, 3, DecimalsRule.Fixed, "change, thousands");
    public static readonly FigureForm ChangeMillions = new("changeMillions", Derivation.Change, 6, DecimalsRule.Fixed, "change, millions");
    public static readonly FigureForm ChangeUnits = new("changeUnits", Derivation.Change, 0, DecimalsRule.Figure, "change");

    /// <summary>Every form, in the order the schema lists them.</summary>
    public static readonly IReadOnlyList<FigureForm> All =
        [Thousands, Millions, Units, UsdThousands, UsdMillions, UsdUnits, YoyPercent, Percent, ChangeThousands, ChangeMillions, ChangeUnits];

    /// <summary>The names of every form, in order.</summary>
    public static readonly IReadOnlyList<string> Names = All.Select(f => f.Name).ToList();

    /// <summary>The form with this name ("millions", "yoyPercent"), or null.</summary>
    public static FigureForm? Named(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The form that shows a derivation at a scale (a US$ amount in thousands → usdThousands), or null.</summary>
    public static FigureForm? Of(Derivation derivation, int scale)
    {
        // A loop, not FirstOrDefault with a lambda: asked for every figure cell shown (a closure and a delegate each time).
        for (var i = 0; i < All.Count; i++)
            if (All[i].Derivation == derivation && All[i].Scale == scale)
                return All[i];
        return null;
    }

    /// <summary>True for a figure of the period itself (a fact, taggable in XBRL), not a change or a translation.</summary>
    public bool IsFact => Derivation == Derivation.Value;

    /// <summary>True when the form compares the period with another (a change, a % change).</summary>
    public bool Compares => Derivation.Compares();

    /// <summary>The scale an XBRL fact of the shown number has: a % change is hundredths of the ratio XBRL reports.</summary>
    public int XbrlScale => Derivation == Derivation.YoyPercent ? Scale - 2 : Scale;

    /// <summary>The decimals the form shows a figure of the given own precision with, under a document's policy.</summary>
    public int DecimalsFor(int figureDecimals, PresentationPolicy policy) => Decimals switch
    {
        DecimalsRule.Figure => Math.Max(figureDecimals, 0),
        DecimalsRule.PercentPolicy => policy.PercentChange.Decimals,
        _ => FixedDecimals,
    };
}

/// <summary>What each derivation needs.</summary>
public static class Derivations
{
    /// <summary>True for a change or a % change: the figure is compared with another period's (the comparative, or a named one).</summary>
    public static bool Compares(this Derivation derivation) => derivation is Derivation.Change or Derivation.YoyPercent;
}
