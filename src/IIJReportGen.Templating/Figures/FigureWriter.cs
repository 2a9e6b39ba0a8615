using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Figures;

/// <summary>Derives, rounds and writes one figure the way a document shows it, recording where it was used.</summary>
internal sealed class FigureWriter(RenderSession session)
{
    /// <summary>The dash a nil fact shows.</summary>
    public const string NilText = "-";

    /// <summary>The figure as the form shows it, or a clear error when the dataset cannot derive it.</summary>
    /// <remarks>With magnitude, the absolute value: the prose says "used in", "an expense of" instead of a sign.</remarks>
    public Markup Write(TemplateContext context, string id, string period, FigureForm form, string? vs = null, bool magnitude = false) =>
        TryWrite(context, id, period, form, vs, magnitude, table: null)
        ?? throw session.Error(context, $"'{id}' has no {Describe(form)} for period '{period}'{(vs is null ? "" : $" against '{vs}'")}.",
            "Add the value to the dataset, or use another period or helper.");

    /// <summary>The figure as the form shows it, or null when the dataset has no value to derive it from.</summary>
    public Markup? TryWrite(TemplateContext context, string id, string period, FigureForm form, string? vs, bool magnitude, string? table)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        if (vs is not null)
            session.RequirePeriod(context, vs);
        var comparedWith = form.Kind is FigureKind.Change or FigureKind.ChangePercent ? session.Model.Comparative(period, vs) : null;
        var markup = Render(id, period, form, vs, magnitude);
        if (markup is not null)
            session.Use(context, id, period, form.Name, comparedWith, table, markup.PlainText);
        return markup;
    }

    /// <summary>The figure rounded as shown (e.g. millions of JPY), or null when it cannot be derived.</summary>
    public decimal? Shown(string id, string period, FigureForm form, string? vs = null)
    {
        var model = session.Model;
        var raw = form.Kind switch
        {
            FigureKind.Value => model.Value(id, period),
            FigureKind.Usd => model.Usd(id, period),
            FigureKind.Change => model.Change(id, period, vs),
            _ => model.ChangePercent(id, period, vs),
        };
        return raw is { } value ? Rounding.Round(value / Powers.Ten(form.Scale), Decimals(id, form), session.Rounding) : null;
    }

    public int Decimals(string id, FigureForm form) => form.Precision switch
    {
        Precision.Figure => Math.Max(session.Model.BaseDecimals(id), 0),
        Precision.PercentPolicy => session.Policies.PercentChange.Decimals,
        _ => form.FixedDecimals,
    };

    private Markup? Render(string id, string period, FigureForm form, string? vs, bool magnitude)
    {
        var tags = session.InlineFacts;
        if (form.Kind is FigureKind.Value or FigureKind.Usd && session.Model.IsNil(id, period))
            return tags is not null && form.IsFact ? tags.Nil(id, period) : Markup.Text(NilText);
        if (Shown(id, period, form, vs) is not { } shown)
            return form.Kind == FigureKind.ChangePercent && session.Model.ChangeNotMeaningful(id, period, vs)
                ? Markup.Text(session.Policies.PercentChange.BaseNotPositive)
                : null;
        var decimals = Decimals(id, form);
        var style = session.Policies.NegativeStyle;
        if (tags is not null && tags.CanTag(id, form, vs))
            return tags.Tag(id, period, form, shown, decimals, style, magnitude);
        return Markup.Text(NumberText.Format(magnitude ? Math.Abs(shown) : shown, decimals, style));
    }

    private static string Describe(FigureForm form) => form.Kind switch
    {
        FigureKind.Usd => "US$ translation (is it in JPY?)",
        FigureKind.Change => "value to compare (does the period or its comparative lack one?)",
        FigureKind.ChangePercent => "% change (does the period or its comparative lack a value?)",
        _ => "value",
    };
}
