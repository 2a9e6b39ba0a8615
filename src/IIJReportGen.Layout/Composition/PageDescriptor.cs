namespace IIJReportGen.Layout;

/// <summary>Fluent set-up of a page template: size, margins and the header, content and footer slots.</summary>
public sealed class PageDescriptor(PageTemplate template)
{
    public PageDescriptor Size(Size size)
    {
        template.Size = size;
        return this;
    }

    public PageDescriptor Margin(float all) => Margin(Thickness.All(all));

    public PageDescriptor Margin(Thickness margins)
    {
        template.Margins = margins;
        return this;
    }

    public Container Header() => template.Header;

    public Container Content() => template.Content;

    public Container Footer() => template.Footer;
}
