using System.Buffers.Binary;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>
/// Every family name a font carries, from its OpenType 'name' table, in every language: fontconfig and Skia report only
/// one of them (under a Japanese locale, IPAexゴシック for the font a stylesheet calls IPAexGothic).
/// </summary>
internal static class FontNames
{
    private static readonly uint NameTag = Tag.Parse("name");

    private const ushort FamilyId = 1;
    private const ushort TypographicFamilyId = 16;

    public static IReadOnlyList<string> Families(SKTypeface typeface)
    {
        var names = new List<string> { typeface.FamilyName };
        if (typeface.TryGetTableData(NameTag, out var table))
            names.AddRange(Families(table));
        return names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Family and typographic family names of a 'name' table; records it cannot decode are skipped.</summary>
    public static IEnumerable<string> Families(byte[] table)
    {
        if (table.Length < 6)
            yield break;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var strings = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 6 + i * 12;
            if (record + 12 > table.Length)
                yield break;
            var fields = table.AsSpan(record, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(fields);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(fields[2..]);
            var id = BinaryPrimitives.ReadUInt16BigEndian(fields[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(fields[8..]);
            var start = strings + BinaryPrimitives.ReadUInt16BigEndian(fields[10..]);
            if (id is not (FamilyId or TypographicFamilyId) || start + length > table.Length)
                continue;
            if (Decode(platform, encoding, table.AsSpan(start, length)) is { } name)
                yield return name;
        }
    }

    private static string? Decode(ushort platform, ushort encoding, ReadOnlySpan<byte> bytes) => platform switch
    {
        // Unicode, and Windows Unicode BMP or full repertoire: UTF-16 big-endian.
        0 or 3 when platform == 0 || encoding is 1 or 10 => Encoding.BigEndianUnicode.GetString(bytes),
        // Macintosh Roman: its ASCII part is all a family name needs; other Mac encodings repeat names given in Unicode.
        1 when encoding == 0 && Ascii.IsValid(bytes) => Encoding.ASCII.GetString(bytes),
        _ => null,
    };
}
