using ParPortal.Features.RichText;

namespace ParPortal.Features.Content;

/// <summary>Lets the content engine call the one sanitizer policy of Features/RichText on every save path.</summary>
internal sealed class RichTextSanitizerAdapter(HtmlSanitizer sanitizer) : IRichTextSanitizer
{
    public string Sanitize(string? html) => sanitizer.Sanitize(html);
}
