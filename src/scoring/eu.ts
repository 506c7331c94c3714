/**
 * Countries of the EU and the EEA (ISO 3166-1 alpha-2; Greece also as the EU's own "EL").
 * A controller here falls under the GDPR without a transfer to a third country.
 * @example euCountries.has('NL') // true; euCountries.has('US') // false
 */
export const euCountries: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  // EEA, outside the EU
  'IS', 'LI', 'NO',
]);
