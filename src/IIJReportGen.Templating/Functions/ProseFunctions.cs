using IIJReportGen.Dataset.Figures;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Functions;

/// <summary>Words chosen by the data, so a sentence is a pattern: "up 6.4%" / "down 7.8%", "increased" / "decreased", "income" / "expense".</summary>
internal sealed class ProseFunctions(RenderSession session, FigureWriter figures) : TemplateFunctions
{
    private const string Up = "up";
    private const string Down = "down";
    private const string Flat = "flat";

    /// <summary>"up 6.4%", "down 7.8%", "almost flat" (under the policy's threshold), or the policy's text when the base is not positive.</summary>
    public Markup Yoy(TemplateContext context, string id, string period, string? vs = null)
    {
        if (Direction(context, id, period, vs) is not { } found)
            return figures.Write(context, id, period, FigureForm.YoyPercent, vs);
        var (direction, use) = found;
        if (direction == Flat)
            return Markup.Text("almost flat").Marked(use);
        var percent = figures.Write(context, id, period, FigureForm.YoyPercent, vs, magnitude: true);
        return Markup.Join([Markup.Text(direction + " "), percent, Markup.Text("%")]).Marked(use);
    }

    /// <summary>"up", "down" or "flat" (a % change under the policy's almostFlatBelow), to choose a sentence pattern.</summary>
    public string Trend(TemplateContext context, string id, string period, string? vs = null)
    {
        var (direction, use) = Direction(context, id, period, vs) ?? throw session.Error(context,
            $"'{id}' has no meaningful % change for '{period}' (its base is not positive).", "Use a sentence without a % change for this figure.");
        session.ChoseWord(use);
        return direction;
    }

    /// <summary>The first word for a positive (or zero) value, the second for a negative one: "an income" / "an expense".</summary>
    public string BySign(TemplateContext context, string id, string period, string positive, string negative) =>
        Sign(context, id, period, change: false, null) >= 0 ? positive : negative;

    /// <summary>The first word when the figure grew against the comparative (or <paramref name="vs"/>), else the second: "increased" / "decreased".</summary>
    public string ByChange(TemplateContext context, string id, string period, string increase, string decrease, string? vs = null) =>
        Sign(context, id, period, change: true, vs) >= 0 ? increase : decrease;

    /// <summary>The direction of the % change and the number of its fact use; null when the change is not meaningful.</summary>
    private (string Word, int Use)? Direction(TemplateContext context, string id, string period, string? vs)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        var shown = session.Presentation.Show(id, period, FigureForm.YoyPercent, vs)
            ?? throw session.Error(context, $"'{id}' has no % change for '{period}': the period or its comparative has no value.",
                "Check the period's comparative and the dataset's values.");
        if (shown.Value is not { } percent)
            return null;
        var use = session.Use(context, id, period, FigureForm.YoyPercent.Name, session.Model.Comparative(period, vs), null);
        if (percent == 0 || Math.Abs(percent) < session.Policies.PercentChange.AlmostFlatBelow)
            return (Flat, use);
        return (percent > 0 ? Up : Down, use);
    }

    /// <summary>The sign of the figure (or of its change), unrounded: the word follows the data, not its rounding.</summary>
    private decimal Sign(TemplateContext context, string id, string period, bool change, string? vs)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        var value = change ? session.Model.Change(id, period, vs) : session.Model.Value(id, period);
        if (value is null)
            throw session.Error(context, $"'{id}' has no {(change ? "change" : "value")} for '{period}' to choose a word by.",
                "Check the period and its comparative.");
        session.ChoseWord(session.Use(context, id, period, change ? "changeSign" : "sign", change ? session.Model.Comparative(period, vs) : null, null));
        return Math.Sign(value.Value);
    }
}
