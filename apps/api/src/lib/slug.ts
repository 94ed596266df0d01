import slugifyLib from 'slugify';

/** An id-safe slug: lower-case words joined by single hyphens ("Yorkshire and the Humber" → "yorkshire-and-the-humber"). */
export function slugify(text: string): string {
  return slugifyLib(text.replace(/['’]/g, ''), { lower: true, strict: true, locale: 'en' });
}
