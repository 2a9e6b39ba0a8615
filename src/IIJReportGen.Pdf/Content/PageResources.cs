using System.Globalization;
using System.Text;
using IIJReportGen.Layout;
using SkiaSharp;

namespace IIJReportGen.Pdf;

/// <summary>
/// The one resource dictionary every page shares: fonts, images (each written once, however many pages show it) and the
/// graphics states that set a colour's alpha.
/// </summary>
internal sealed class PageResources(PdfFile file, FontSet fonts)
{
    private readonly Dictionary<SKImage, (string Name, int Number)> _images = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<byte, string> _alphas = [];

    public int Number { get; } = file.Reserve();

    public FontSet Fonts { get; } = fonts;

    /// <summary>The XObject name of <paramref name="image"/>, writing it the first time.</summary>
    public string Image(SKImage image)
    {
        if (!_images.TryGetValue(image, out var known))
        {
            known = ("Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture), ImageXObject.Write(file, image));
            _images.Add(image, known);
        }
        return known.Name;
    }

    /// <summary>The ExtGState name that sets fill and stroke alpha to <paramref name="alpha"/> (0–255).</summary>
    public string Alpha(byte alpha)
    {
        if (!_alphas.TryGetValue(alpha, out var name))
        {
            name = "GA" + alpha.ToString(CultureInfo.InvariantCulture);
            _alphas.Add(alpha, name);
        }
        return name;
    }

    public void Write()
    {
        var dictionary = new StringBuilder("<</Font <<");
        foreach (var font in Fonts.All)
            dictionary.Append('/').Append(font.ResourceName).Append(' ').Append(PdfSyntax.Reference(font.Number));
        dictionary.Append(">>");
        if (_images.Count > 0)
        {
            dictionary.Append(" /XObject <<");
            foreach (var (name, number) in _images.Values)
                dictionary.Append('/').Append(name).Append(' ').Append(PdfSyntax.Reference(number));
            dictionary.Append(">>");
        }
        if (_alphas.Count > 0)
        {
            dictionary.Append(" /ExtGState <<");
            foreach (var (alpha, name) in _alphas)
            {
                var value = PdfSyntax.Number(alpha / 255.0);
                dictionary.Append('/').Append(name).Append(" <</ca ").Append(value).Append(" /CA ").Append(value).Append(">>");
            }
            dictionary.Append(">>");
        }
        file.Write(Number, dictionary.Append(">>").ToString());
    }
}
