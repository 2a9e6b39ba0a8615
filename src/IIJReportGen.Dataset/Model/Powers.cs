namespace IIJReportGen.Dataset.Model;

/// <summary>Exact powers of ten in decimal arithmetic.</summary>
public static class Powers
{
    /// <summary>10^exponent, exactly, for exponents from -20 to 20.</summary>
    public static decimal Ten(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
            result *= 10m;
        return exponent >= 0 ? result : 1m / result;
    }
}
