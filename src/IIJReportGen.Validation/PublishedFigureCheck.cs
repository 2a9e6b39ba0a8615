using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Compares every figure recorded "as published" with the figure derived from the dataset, shown the same way.</summary>
internal sealed class PublishedFigureCheck(Presentation presentation, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var dataset = presentation.Model.Dataset;
        foreach (var figure in dataset.AsPublished)
        {
            var derived = presentation.Show(figure.Of, figure.Period, figure.As, figure.Vs)?.Value;
            if (derived is null)
                diagnostics.Add(Diagnostic.Warning(ValidationCodes.PublishedNotDerivable,
                    $"'{figure.Of}' for {figure.Period} is published as {Show(figure.Value)} ({figure.As.Description}, {figure.Source}) but cannot be derived from the dataset.",
                    figure.Location, "Add the facts it is derived from, or correct the id, period or form."));
            else if (derived.Value != figure.Value)
                diagnostics.Add(Diagnostic.Warning(ValidationCodes.PublishedDiffers,
                    $"{dataset.LabelOf(figure.Of)} ({figure.Of}) {figure.Period}: published {Show(figure.Value)} but the dataset gives {Show(derived.Value)} ({figure.As.Description}, {figure.Source}).",
                    figure.Location, Hint(figure)));
        }
        return dataset.AsPublished.Count;
    }

    private string Hint(PublishedFigure figure)
    {
        var model = presentation.Model;
        if (!model.Dataset.Concepts.TryGet(figure.Of, out var concept) || !concept.Values.TryGetValue(figure.Period, out var fact) || fact.Typed is not { } typed)
            return "The published document rounds or computes this figure differently; the derived figure is what the documents will show.";
        var scale = concept.Scale == 3 ? " thousand" : concept.Scale == 6 ? " million" : "";
        return $"The source statement gives {NumberText.Format(typed, concept.Decimals, NegativeStyle.Minus)}{scale}; the derived figure is what the documents will show.";
    }

    private static string Show(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
