namespace IIJReportGen.Dataset.Model;

/// <summary>The two currencies the documents speak of: the one the figures are reported in, and the one of the convenience translation.</summary>
/// <param name="Reporting">The one currency the dataset's monetary figures are in (JPY); null when there is not exactly one.</param>
/// <param name="Convenience">The unit of the convenience translation's ISO code (USD), null when the dataset defines none.</param>
public sealed record Currencies(Unit? Reporting, Unit? Convenience)
{
    /// <summary>The currencies of a dataset: the reporting currency is the currency of its monetary concepts and measures
    /// (directly, or as the numerator of a per-share unit); the convenience currency the unit of <c>convenienceTranslation.currency</c>.</summary>
    public static Currencies Of(ReportDataset dataset)
    {
        var reporting = ReportingUnits(dataset);
        var code = dataset.Policies.Convenience.Currency;
        return new Currencies(
            reporting.Count == 1 ? reporting[0] : null,
            dataset.Units.FirstOrDefault(u => u.CurrencyCode == code));
    }

    /// <summary>Every currency a monetary figure of the dataset is in, by key.</summary>
    public static IReadOnlyList<Unit> ReportingUnits(ReportDataset dataset) =>
        dataset.Concepts.Select(c => c.Unit).Concat(dataset.Measures.Select(m => m.Unit))
            .Select(key => dataset.Units.TryGet(key, out var unit) ? unit : null)
            .Select(unit => unit is { Numerator: { } numerator } && dataset.Units.TryGet(numerator, out var top) ? top : unit)
            .OfType<Unit>()
            .Where(u => u.IsMonetary)
            .DistinctBy(u => u.Key)
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .ToList();
}
