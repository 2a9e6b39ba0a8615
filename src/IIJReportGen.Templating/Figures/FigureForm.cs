namespace IIJReportGen.Templating.Figures;

/// <summary>What is derived from a fact before it is shown.</summary>
internal enum FigureKind
{
    Value,
    Usd,
    Change,
    ChangePercent,
}

/// <summary>Where a form's decimals come from.</summary>
internal enum Precision
{
    /// <summary>Whole units of the form's scale (millions, thousands), or two decimals for US$ per-share figures.</summary>
    Fixed,

    /// <summary>The figure's own precision (a per-share amount's two decimals, Gbps to one).</summary>
    Figure,

    /// <summary>The dataset's % change policy.</summary>
    PercentPolicy,
}

/// <summary>How a figure is shown: what is derived, the power of ten it is shown in (6 for millions, -2 for a ratio as %), and its decimals.</summary>
/// <remarks>Name is the form's name as the dataset's asPublished and text references spell it ("millions", "yoyPercent").</remarks>
internal sealed record FigureForm(string Name, FigureKind Kind, int Scale, Precision Precision, int FixedDecimals = 0)
{
    public static readonly FigureForm Thousands = new("thousands", FigureKind.Value, 3, Precision.Fixed);
    public static readonly FigureForm Millions = new("millions", FigureKind.Value, 6, Precision.Fixed);
    public static readonly FigureForm Units = new("units", FigureKind.Value, 0, Precision.Figure);
    public static readonly FigureForm Percent = new("percent", FigureKind.Value, -2, Precision.PercentPolicy);
    public static readonly FigureForm UsdThousands = new("usdThousands", FigureKind.Usd, 3, Precision.Fixed);
    public static readonly FigureForm UsdMillions = new("usdMillions", FigureKind.Usd, 6, Precision.Fixed);
    public static readonly FigureForm UsdUnits = new("usdUnits", FigureKind.Usd, 0, Precision.Fixed, 2);
    public static readonly FigureForm YoyPercent = new("yoyPercent", FigureKind.ChangePercent, 0, Precision.PercentPolicy);
    public static readonly FigureForm ChangeThousands = new("changeThousands", FigureKind.Change, 3, Precision.Fixed);
    public static readonly FigureForm ChangeMillions = new("changeMillions", FigureKind.Change, 6, Precision.Fixed);
    public static readonly FigureForm ChangeUnits = new("changeUnits", FigureKind.Change, 0, Precision.Figure);

    /// <summary>The forms a text reference may name ({Id@PERIOD|form}).</summary>
    public static readonly IReadOnlyDictionary<string, FigureForm> ByName =
        new[] { Thousands, Millions, Units, Percent, UsdThousands, UsdMillions, UsdUnits, YoyPercent, ChangeThousands, ChangeMillions, ChangeUnits }
            .ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>True for a figure of the period itself (a fact, taggable in XBRL), not a change or a translation.</summary>
    public bool IsFact => Kind == FigureKind.Value;
}
