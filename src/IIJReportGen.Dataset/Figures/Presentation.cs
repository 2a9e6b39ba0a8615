using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Figures;

/// <summary>How figures are shown in one document: derived, scaled, rounded and written by the document's policies.</summary>
/// <remarks>The one owner of "how a figure is shown": templates, validation, the XBRL writers, the diff and the rollforward ask it.</remarks>
public sealed class Presentation(ReportModel model, PresentationPolicy policy)
{
    public ReportModel Model { get; } = model;

    public PresentationPolicy Policy { get; } = policy;

    /// <summary>The presentation of a document (null: the dataset's defaults, as validation and the XBRL instance use).</summary>
    public static Presentation For(ReportModel model, string? document) => new(model, model.Dataset.Policies.For(document));

    /// <summary>The figure as the form shows it; null when the dataset cannot derive it.</summary>
    /// <param name="vs">For a change or % change, the period to compare with (default: the period's comparative).</param>
    public ShownFigure? Show(string id, string period, FigureForm form, string? vs = null)
    {
        var decimals = Decimals(id, form);
        var value = Derive(id, period, form.Derivation, vs) is { } raw
            ? Rounding.Round(raw / Powers.Ten(form.Scale), decimals, Policy.Rounding)
            : (decimal?)null;
        if (ShowsDash(id, period, form))
            return new ShownFigure(form, ShownAs.Dash, value, decimals, Policy.Dash, Policy.Dash);
        if (value is { } shown)
            return new ShownFigure(form, ShownAs.Number, shown, decimals, Text(shown, decimals), Text(Math.Abs(shown), decimals));
        return form.Derivation == Derivation.YoyPercent && Model.ChangeNotMeaningful(id, period, vs)
            ? new ShownFigure(form, ShownAs.NotMeaningful, null, decimals, Policy.PercentChange.BaseNotPositive, Policy.PercentChange.BaseNotPositive)
            : null;
    }

    /// <summary>A table cell's figure as shown; null for a blank cell.</summary>
    public ShownFigure? Show(FigureCell cell) => Show(cell.Id, cell.Period, cell.Form, cell.Vs);

    /// <summary>The decimals a figure is shown with in a form.</summary>
    public int Decimals(string id, FigureForm form) => form.DecimalsFor(Model.BaseDecimals(id), Policy);

    /// <summary>The XBRL decimals of a figure shown in a form (a % to one place is a ratio to three).</summary>
    public int XbrlDecimals(string id, FigureForm form) => Decimals(id, form) - form.XbrlScale;

    /// <summary>A number written with the document's negative style, culture-invariant.</summary>
    public string Text(decimal value, int decimals) => NumberText.Format(value, decimals, Policy.NegativeStyle);

    /// <summary>A date in the document's date style: "November 8, 2013" or "平成25年11月8日".</summary>
    public string Date(DateOnly date) => NumberText.Date(date, Policy.Dates);

    private decimal? Derive(string id, string period, Derivation derivation, string? vs) => derivation switch
    {
        Derivation.Value => Model.Value(id, period),
        Derivation.Usd => Model.Usd(id, period),
        Derivation.Change => Model.Change(id, period, vs),
        _ => Model.ChangePercent(id, period, vs),
    };

    /// <summary>A figure the dataset types as a dash shows the dash, as itself or translated; a change of it is a number.</summary>
    private bool ShowsDash(string id, string period, FigureForm form) =>
        Model.IsNil(id, period) && (form.Derivation == Derivation.Value || form.Derivation == Derivation.Usd && Model.IsMonetary(id));
}
