/**
 * Lower-case letters and digits joined by hyphens, accents dropped, at most `max` long: for file
 * names and ids made from a name.
 * @example slug('Café Über', 20) // 'cafe-uber'
 */
export const slug = (text: string, max: number): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max);
