import { expect, type Locator, type Page } from '@playwright/test';

/** True when the element, or something inside it, has the keyboard focus. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Presses Tab until `target` (or an element inside it) has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await expect(target).toBeAttached();
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`);
}

/**
 * Picks a radio button with the keyboard only: Tab into its group (the browser focuses the
 * checked radio), then the arrow keys until the wanted option is checked.
 */
export async function chooseRadio(page: Page, group: Locator, option: Locator): Promise<void> {
  await tabTo(page, group);
  const count = await group.getByRole('radio').count();
  for (let i = 0; i < count && !(await option.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(option).toBeChecked();
  await expect(option).toBeFocused();
}

/** Replaces a text field's content by typing, after reaching it with Tab. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}
