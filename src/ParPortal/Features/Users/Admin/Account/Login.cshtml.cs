using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ParPortal.Features.Users;

namespace ParPortal.Features.Users.Admin.Account;

[EnableRateLimiting("login")]
public sealed class LoginModel(SignInManager<PortalUser> signIn, IStringLocalizer<LoginModel> t) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? t["Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút."]
            : t["Tên đăng nhập hoặc mật khẩu không đúng."]);
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
