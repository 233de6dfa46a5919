using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ParPortal.Features.Users;
using ParPortal.Hosting.Security;

namespace ParPortal.Features.Users.Admin.Account;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(PortalSignIn signIn, IStringLocalizer<LoginModel> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        }

        // One answer for every failure: saying "locked" would tell a stranger that the account exists.
        ModelState.AddModelError(string.Empty, t["Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do đăng nhập sai nhiều lần."]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
        public string Password { get; set; } = string.Empty;
    }
}
