using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>Images handed to the page the way a person does: pasted from the clipboard, dropped from the desktop.</summary>
public static class ImageSteps
{
    // A PNG drawn in the page (a canvas), so no image file has to ship with the tests.
    private const string MakeFile = """
        async ([name, width, height]) => {
          const canvas = document.createElement('canvas');
          canvas.width = width; canvas.height = height;
          const g = canvas.getContext('2d');
          g.fillStyle = '#0b4f8a'; g.fillRect(0, 0, width, height);
          g.fillStyle = '#f0a500'; g.fillRect(width / 4, height / 4, width / 2, height / 2);
          const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
          return new File([blob], name, { type: 'image/png' });
        }
        """;

    /// <summary>Pastes a PNG into the element (a ClipboardEvent with the file, as a paste of a copied image is).</summary>
    public static Task PasteImageAsync(ILocator target, string name, int width = 640, int height = 400) =>
        target.EvaluateAsync($$"""
            async (element, args) => {
              const file = await ({{MakeFile}})(args);
              const data = new DataTransfer();
              data.items.add(file);
              element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, new object[] { name, width, height });

    /// <summary>Drops a PNG onto the element at its centre (dragenter, dragover, drop with the file).</summary>
    public static Task DropImageAsync(ILocator target, string name, int width = 640, int height = 400) =>
        target.EvaluateAsync($$"""
            async (element, args) => {
              const file = await ({{MakeFile}})(args);
              const data = new DataTransfer();
              data.items.add(file);
              const box = element.getBoundingClientRect();
              const at = { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + box.width / 2, clientY: box.top + Math.min(box.height / 2, 40) };
              for (const type of ['dragenter', 'dragover', 'drop']) {
                element.dispatchEvent(new DragEvent(type, at));
              }
            }
            """, new object[] { name, width, height });

    /// <summary>Chooses a PNG in a file input, as the "choose from computer" button does.</summary>
    public static async Task ChooseImageAsync(IPage page, ILocator input, string name, int width = 800, int height = 500)
    {
        var bytes = await page.EvaluateAsync<byte[]>($$"""
            async args => {
              const file = await ({{MakeFile}})(args);
              return Array.from(new Uint8Array(await file.arrayBuffer()));
            }
            """, new object[] { name, width, height });
        await input.SetInputFilesAsync(new FilePayload { Name = name, MimeType = "image/png", Buffer = bytes });
    }
}
