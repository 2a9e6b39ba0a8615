using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Installed fonts, through the platform font manager (fontconfig on Linux): for families a stylesheet names that are not bundled.</summary>
/// <remarks>The font manager starts (fontconfig reads its configuration and cache) only when such a family is first asked for.</remarks>
internal sealed class SystemFonts(Func<SKFontManager> manager)
{
    private readonly Lazy<SKFontManager> _manager = new(manager);

    public FontEntry? Find(string family, int weight, bool italic)
    {
        var style = new SKFontStyle(weight, (int)SKFontStyleWidth.Normal, italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        using var typeface = _manager.Value.MatchFamily(family, style);
        if (typeface is null)
            return null;
        // fontconfig may answer with a substitute; only a font that carries the asked name (in any language) is that family.
        var families = FontNames.Families(typeface);
        if (!families.Contains(family, StringComparer.OrdinalIgnoreCase) || typeface.OpenStream(out var index) is not { } stream)
            return null;
        return new FontEntry("fontconfig:" + typeface.PostScriptName, FontBytes.Of(stream), index, families,
            typeface.FontWeight, typeface.FontSlant != SKFontStyleSlant.Upright);
    }
}
