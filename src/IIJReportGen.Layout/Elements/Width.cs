namespace IIJReportGen.Layout;

/// <summary>How a column of a table or an item of a row gets its width.</summary>
public enum WidthKind
{
    /// <summary>A fixed number of points.</summary>
    Constant,
    /// <summary>A share of what is left after constant and content-based widths.</summary>
    Relative,
    /// <summary>As wide as the content's widest unbroken line.</summary>
    Auto,
}

/// <summary>A width rule: <c>Width.Constant(60)</c>, <c>Width.Relative(2)</c>, <c>Width.Auto</c>.</summary>
public readonly record struct Width(WidthKind Kind, float Value)
{
    public static Width Auto { get; } = new(WidthKind.Auto, 0);

    public static Width Constant(float points) => new(WidthKind.Constant, points);

    public static Width Relative(float weight) => new(WidthKind.Relative, weight);

    /// <summary>Resolves widths for <paramref name="total"/> points; <paramref name="contentWidth"/> gives each auto item's natural width.</summary>
    public static float[] Resolve(IReadOnlyList<Width> widths, float total, Func<int, float> contentWidth)
    {
        var result = new float[widths.Count];
        var weights = 0f;
        for (var i = 0; i < widths.Count; i++)
        {
            result[i] = widths[i].Kind switch
            {
                WidthKind.Constant => widths[i].Value,
                WidthKind.Auto => contentWidth(i),
                _ => 0,
            };
            if (widths[i].Kind == WidthKind.Relative)
                weights += widths[i].Value;
        }
        var fixedSum = result.Sum();
        if (float.IsInfinity(total))
            return result;
        var left = total - fixedSum;
        if (left < 0)
        {
            // Too wide: shrink the content-based widths first, then everything, so the table stays inside the page.
            var autos = widths.Select((w, i) => w.Kind == WidthKind.Auto ? result[i] : 0).Sum();
            var autoScale = autos > 0 ? Math.Max(0, (autos + left) / autos) : 1;
            for (var i = 0; i < widths.Count; i++)
                result[i] *= widths[i].Kind == WidthKind.Auto ? autoScale : 1;
            var sum = result.Sum();
            if (sum > total)
                for (var i = 0; i < widths.Count; i++)
                    result[i] *= total / sum;
            return result;
        }
        for (var i = 0; i < widths.Count; i++)
        {
            if (widths[i].Kind == WidthKind.Relative && weights > 0)
                result[i] = left * widths[i].Value / weights;
        }
        return result;
    }
}
