import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';

/** Clicks an export button and reads the downloaded CSV back as rows of cells. */
export async function exportCsv(page: Page, button: Locator): Promise<{ fileName: string; rows: string[][]; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile(await download.path(), 'utf8');
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return { fileName: download.suggestedFilename(), rows, text };
}
