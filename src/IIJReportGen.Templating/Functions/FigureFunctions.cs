using IIJReportGen.Dataset.Figures;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Functions;

/// <summary>Number helpers: a figure of the dataset in the form the prose or a table shows it ("54,397", "(7.8)", "58.4").</summary>
internal sealed class FigureFunctions(FigureWriter figures) : TemplateFunctions
{
    /// <summary>True when the dataset has or derives a value of the figure for the period (a ratio of a zero revenue has none).</summary>
    public bool HasValue(TemplateContext context, string id, string period) => figures.HasValue(context, id, period);

    public Markup Thousands(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.Thousands);

    public Markup Millions(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.Millions);

    /// <summary>The figure in its own unit at its own precision: shares, contracts, JPY per share (two decimals), Gbps.</summary>
    public Markup Units(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.Units);

    public Markup UsdThousands(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.UsdThousands);

    public Markup UsdMillions(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.UsdMillions);

    /// <summary>A per-share figure in US$ (two decimals).</summary>
    public Markup UsdUnits(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.UsdUnits);

    /// <summary>A ratio as a % (0.584 → "58.4").</summary>
    public Markup Pct(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.Percent);

    /// <summary>The % change against the period's comparative (or <paramref name="vs"/>): "6.4", "(7.8)", or the policy's text when the base is not positive.</summary>
    public Markup YoyPct(TemplateContext context, string id, string period, string? vs = null) => figures.Write(context, id, period, FigureForm.YoyPercent, vs);

    public Markup ChangeMillions(TemplateContext context, string id, string period, string? vs = null) => figures.Write(context, id, period, FigureForm.ChangeMillions, vs);

    public Markup ChangeUnits(TemplateContext context, string id, string period, string? vs = null) => figures.Write(context, id, period, FigureForm.ChangeUnits, vs);

    /// <summary>The amount without its sign, for prose that says the sign in words ("used in", "an expense of").</summary>
    public Markup AbsMillions(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.Millions, magnitude: true);

    /// <summary>The US$ translation without its sign, beside an amount named by its sign ("operating loss of … ($30 million …)").</summary>
    public Markup AbsUsdMillions(TemplateContext context, string id, string period) => figures.Write(context, id, period, FigureForm.UsdMillions, magnitude: true);

    /// <summary>The % change without its sign, for prose that says "increased by 6.4%" / "decreased by 7.8%".</summary>
    public Markup AbsYoyPct(TemplateContext context, string id, string period, string? vs = null) =>
        figures.Write(context, id, period, FigureForm.YoyPercent, vs, magnitude: true);

    /// <summary>The change without its sign, for prose that says "increased by" / "decreased by".</summary>
    public Markup AbsChangeMillions(TemplateContext context, string id, string period, string? vs = null) =>
        figures.Write(context, id, period, FigureForm.ChangeMillions, vs, magnitude: true);
}
