namespace IIJReportGen.Benchmarks;

/// <summary>Garbage collections by generation, as the runtime counts them (a gen1 collection is also counted in gen0).</summary>
internal readonly record struct Collections(int Gen0, int Gen1, int Gen2)
{
    public static Collections Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static Collections operator +(Collections a, Collections b) => new(a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2);

    public static Collections operator -(Collections a, Collections b) => new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2);

    public override string ToString() => $"{Gen0}/{Gen1}/{Gen2}";
}
