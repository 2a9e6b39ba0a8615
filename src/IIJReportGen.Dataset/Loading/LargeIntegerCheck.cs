using System.Numerics;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Diagnostics;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Whole numbers too long for a 64-bit integer: the JSON reader keeps them as BigInteger, which the model cannot read.
/// Those within the decimal range become decimals; larger ones are out of range for a financial figure (DS013).</summary>
internal static class LargeIntegerCheck
{
    private static readonly BigInteger Largest = new(decimal.MaxValue);

    /// <summary>Converts or reports every such number; true when none was out of range.</summary>
    public static bool Run(JObject root, JsonSource source, DiagnosticBag diagnostics)
    {
        var inRange = true;
        foreach (var value in root.Descendants().OfType<JValue>())
        {
            if (value.Value is not BigInteger number)
                continue;
            if (BigInteger.Abs(number) <= Largest)
            {
                value.Value = (decimal)number;
                continue;
            }
            inRange = false;
            diagnostics.Add(Diagnostic.Error(DatasetCodes.FigureOutOfRange, "A number is out of range for a financial figure.", source.Of(value),
                "Figures must be finite and below 7.9e28; check the value."));
        }
        return inRange;
    }
}
