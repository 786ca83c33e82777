using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>Publishing from the designer page as a process owner does: click Publish, write the change note, confirm.</summary>
public static class DesignerPublishing
{
    public static async Task PublishAsync(IPage page, string note)
    {
        await page.GetByTestId("designer-publish").ClickAsync();
        await Expect(page.GetByTestId("publish-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("publish-note").FillAsync(note);
        await page.GetByTestId("publish-confirm").ClickAsync();
    }
}
