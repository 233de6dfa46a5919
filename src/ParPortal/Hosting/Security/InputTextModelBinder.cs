using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Logging;
using ParPortal.Text;

namespace ParPortal.Hosting.Security;

/// <summary>
/// The form side of the input boundary: every string that MVC binds from a request (form fields, query values, route
/// values; alone or in lists) passes through <see cref="InputText.Clean"/>, exactly as JSON strings do.
/// </summary>
internal sealed class InputTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new InputTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetService(typeof(ILoggerFactory)) as ILoggerFactory
                ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance))
            : null;

    private sealed class InputTextModelBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text && InputText.HasForbidden(text))
            {
                bindingContext.Result = ModelBindingResult.Success(InputText.Clean(text));
            }
        }
    }
}
