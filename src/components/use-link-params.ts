import { resultsUrl, toLinkParams } from '../share/link-write';
import { useStore, type StoreState } from '../state/store';

/**
 * The share-link parameters for what the store holds: the answers, the data set, the
 * sensitivity, the chosen tool and the language. The address bar, "Copy link" and the memo all
 * write this one string, so they never disagree.
 */
export const linkParamsOf = (s: Pick<StoreState, 'answers' | 'lang' | 'dataSet' | 'sensitivity' | 'choice'>): string =>
  toLinkParams(s.answers, s.lang, { dataSet: s.dataSet, sensitivity: s.sensitivity, choice: s.choice });

/** `linkParamsOf` the store, drawn again whenever one of its parts changes. */
export function useLinkParams(): string {
  const answers = useStore((s) => s.answers);
  const lang = useStore((s) => s.lang);
  const dataSet = useStore((s) => s.dataSet);
  const sensitivity = useStore((s) => s.sensitivity);
  const choice = useStore((s) => s.choice);
  return linkParamsOf({ answers, lang, dataSet, sensitivity, choice });
}

/** The results link on this site for link parameters, as "Copy link" and the memo give it. */
export const shareUrlOf = (params: string): string => resultsUrl(window.location.origin, `#${params}`);

/** The results link for what the store holds, drawn again whenever one of its parts changes. */
export const useShareUrl = (): string => shareUrlOf(useLinkParams());
