import { useSyncExternalStore } from 'react';
import { resultsUrl, toLinkParams } from '../share/link-write';
import { useStore, type StoreState } from '../state/store';
import { ownLinkPart, subscribeOwn } from './use-catalog';

/**
 * The share-link parameters for what the store holds: the answers, the data set, the
 * sensitivity, the chosen tool and the language, and the own tools the ranking includes (`own`,
 * by default this tab's). The address bar, "Copy link" and the memo all write this one string, so
 * they never disagree.
 */
export const linkParamsOf = (s: Pick<StoreState, 'answers' | 'lang' | 'dataSet' | 'sensitivity' | 'choice'>, own = ownLinkPart()): string =>
  toLinkParams(s.answers, s.lang, { dataSet: s.dataSet, sensitivity: s.sensitivity, choice: s.choice, own });

/** `linkParamsOf` the store, drawn again whenever one of its parts changes. */
export function useLinkParams(): string {
  const answers = useStore((s) => s.answers);
  const lang = useStore((s) => s.lang);
  const dataSet = useStore((s) => s.dataSet);
  const sensitivity = useStore((s) => s.sensitivity);
  const choice = useStore((s) => s.choice);
  const own = useSyncExternalStore(subscribeOwn, ownLinkPart);
  return linkParamsOf({ answers, lang, dataSet, sensitivity, choice }, own);
}

/** The results link on this site for link parameters, as "Copy link" and the memo give it. */
export const shareUrlOf = (params: string): string => resultsUrl(window.location.origin, `#${params}`);

/** The results link for what the store holds, drawn again whenever one of its parts changes. */
export const useShareUrl = (): string => shareUrlOf(useLinkParams());
