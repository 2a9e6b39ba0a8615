namespace IIJReportGen.Pdf;

/// <summary>
/// The PDF/A output intent: the colours are sRGB, described by an ICC profile carried in the file (from Debian's
/// icc-profiles-free, zlib licence: see Archive/sRGB.icc.LICENSE.txt).
/// </summary>
internal static class OutputIntent
{
    // Compressed once per process (the same bytes every time): deflating it again was ~5% of a one-page document's CPU.
    private static readonly Lazy<byte[]> CompressedProfile = new(() =>
    {
        using var stream = typeof(OutputIntent).Assembly.GetManifestResourceStream("IIJReportGen.Pdf.Archive.sRGB.icc")
            ?? throw new InvalidOperationException("The sRGB ICC profile is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Deflate.Compress(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    });

    /// <summary>Writes the profile and the /OutputIntents array's only entry; returns the catalog entry.</summary>
    public static string Write(PdfFile file)
    {
        var profile = file.WriteDeflated(" /N 3", CompressedProfile.Value);
        var intent = file.Write("<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile "
            + PdfSyntax.Reference(profile) + ">>");
        return "/OutputIntents [" + PdfSyntax.Reference(intent) + "]";
    }
}
