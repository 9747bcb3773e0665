import { expect, test } from './fixtures';

test('a 10 000-character filter parameter is ignored with a short note', async ({ page }) => {
  await page.goto(`/?akteur=${'x'.repeat(10_000)}`);
  const note = page.getByRole('status');
  await expect(note).toContainText('unbekannten Akteur');
  expect((await note.innerText()).length).toBeLessThan(300);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('script and javascript: in the parameters and the hash inject nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(
    '/?akteur=javascript:alert(1)&ort=%3Cimg%20src=x%20onerror=alert(1)%3E#%3Cscript%3Ealert(1)%3C/script%3E',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('javascript:alert(1)');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});

test('the clear button of the note dismisses it and the article stays readable', async ({
  page,
}) => {
  await page.goto('/?akteur=mars');
  await page.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.locator('#europas-sorge-1')).toContainText('Brüssel');
});
