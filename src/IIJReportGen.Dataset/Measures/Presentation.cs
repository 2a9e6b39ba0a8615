using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Measures;

/// <summary>Puts derived figures the way a document shows them: in millions, US$, %, as a change — rounded by policy.</summary>
public sealed class Presentation(ReportModel model, RoundingMode rounding)
{
    public ReportModel Model { get; } = model;

    public RoundingMode RoundingMode { get; } = rounding;

    /// <summary>The figure as shown in the given form, rounded; null when it cannot be derived.</summary>
    public decimal? Shown(string id, string period, PublishedForm form, string? vs = null) => form switch
    {
        PublishedForm.Thousands => Scaled(Model.Value(id, period), 3),
        PublishedForm.Millions => Scaled(Model.Value(id, period), 6),
        PublishedForm.Units => Round(Model.Value(id, period), Math.Max(Model.BaseDecimals(id), 0)),
        PublishedForm.UsdThousands => Scaled(Model.Usd(id, period), 3),
        PublishedForm.UsdMillions => Scaled(Model.Usd(id, period), 6),
        PublishedForm.UsdUnits => Round(Model.Usd(id, period), 2),
        PublishedForm.YoyPercent => Round(Model.ChangePercent(id, period, vs), PercentDecimals),
        PublishedForm.Percent => Round(Model.Value(id, period) * 100m, PercentDecimals),
        PublishedForm.ChangeMillions => Scaled(Model.Change(id, period, vs), 6),
        PublishedForm.ChangeUnits => Round(Model.Change(id, period, vs), Math.Max(Model.BaseDecimals(id), 0)),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>The decimals a % is shown with (policy).</summary>
    public int PercentDecimals => Model.Dataset.Policies.PercentChange.Decimals;

    /// <summary>The value divided by 10^scale and rounded to whole units of that scale.</summary>
    public decimal? Scaled(decimal? value, int scale) => Round(value / Powers.Ten(scale), 0);

    private decimal? Round(decimal? value, int decimals) =>
        value is { } v ? Rounding.Round(v, decimals, RoundingMode) : null;
}
