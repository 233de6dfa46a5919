using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Features.Users;

namespace ParPortal.Features.Users.Admin.Account;

/// <summary>
/// Logging out is a POST with antiforgery, so a link on another site cannot log an editor out. It ends every session of
/// the account, a saved copy of this cookie included.
/// </summary>
public sealed class LogoutModel(PortalSignIn signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(User);
        return Redirect("/");
    }
}
