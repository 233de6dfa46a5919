using Microsoft.AspNetCore.Identity;

namespace ParPortal.Features.Users.Admin;

/// <summary>Vietnamese messages for Identity's errors (its own describer speaks English), keyed by the form field they concern.</summary>
public static class IdentityMessages
{
    public static (string Field, string Message) Of(IdentityError e) => e.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => ("Password", "Mật khẩu phải có ít nhất 10 ký tự."),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => ("Password", "Mật khẩu phải có ít nhất một chữ số."),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => ("Password", "Mật khẩu phải có ít nhất một chữ thường."),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => ("Password", "Mật khẩu phải có ít nhất một chữ hoa."),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => ("Password", "Mật khẩu phải có ít nhất một ký tự đặc biệt."),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => ("Password", "Mật khẩu cần nhiều ký tự khác nhau hơn."),
        nameof(IdentityErrorDescriber.DuplicateUserName) => ("UserName", "Tên đăng nhập này đã có người dùng."),
        nameof(IdentityErrorDescriber.InvalidUserName) => ("UserName", "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các ký tự - . _ @ +."),
        nameof(IdentityErrorDescriber.InvalidEmail) => ("Email", "Địa chỉ thư điện tử không hợp lệ."),
        nameof(IdentityErrorDescriber.DuplicateEmail) => ("Email", "Địa chỉ thư điện tử này đã được dùng."),
        _ => (string.Empty, "Không thực hiện được: " + e.Description),
    };
}
