using System.Globalization;

namespace IIJReportGen.Benchmarks;

/// <summary>
/// A document's amounts: six-digit figures ("123,456") drawn from its seed, the row and the column, so two documents with
/// different seeds share almost no figure (two figures are equal by chance about once in 900,000, and the shape cache keeps a
/// text only from its second shaping) while every seed lays out the same: tabular figures of one width, the same rows.
/// Deterministic (integer arithmetic only), so a seed is the same document on every machine.
/// </summary>
internal readonly struct Figures(int seed)
{
    public string Amount(int row, int column)
    {
        // SplitMix64's finaliser over (seed, row, column): consecutive rows and seeds give unrelated figures.
        var z = ((ulong)(uint)seed << 32 | (uint)row << 1 | (uint)column) + 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        z ^= z >> 31;
        return (100_000 + (long)(z % 900_000)).ToString("N0", CultureInfo.InvariantCulture);
    }
}
