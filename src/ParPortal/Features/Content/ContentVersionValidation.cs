using ParPortal.Content;

namespace ParPortal.Features.Content;

/// <summary>The common field rules every version obeys; each type adds its own in <see cref="IValidatedVersion"/>.</summary>
internal static class ContentVersionValidation
{
    public static void Validate(ContentVersion v)
    {
        var errors = new FieldErrors();
        errors.Required("title", v.Title, "Tiêu đề");
        errors.MaxLength("title", v.Title, 500, "Tiêu đề");
        errors.MaxLength("summary", v.Summary, 2000, "Tóm tắt");
        var whole = VersionFieldRules.Check(v, errors);
        if (whole && v is IValidatedVersion typed)
        {
            typed.Validate(errors);
        }

        errors.ThrowIfAny();
    }
}

/// <summary>A version type with its own field rules.</summary>
public interface IValidatedVersion
{
    void Validate(FieldErrors errors);
}
