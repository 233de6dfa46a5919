namespace ParPortal.Features.Public;

/// <summary>The Vietnamese error page that status-code pages re-execute (404 for unknown addresses, and others).</summary>
public sealed class ErrorModel : PublicPageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = Code;
        Meta.Title = Code == 404 ? T("Không tìm thấy trang") : T("Đã có lỗi xảy ra");
    }
}
