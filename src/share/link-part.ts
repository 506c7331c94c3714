import { paths } from './routes';

/** The fragment or query string of a results link, or '' when the URL carries none. */
export function linkPart(location: Pick<Location, 'pathname' | 'hash' | 'search'>): string {
  if (location.pathname !== paths.results) return '';
  if (location.hash.length > 1) return location.hash;
  if (location.search.length > 1) return location.search;
  return '';
}
