import { toLinkParams } from '../share/link';
import { useStore } from '../state/store';

/**
 * The share-link parameters for what the store holds now: the answers, the data set, the
 * sensitivity, "our choice" and the language. The address bar, "Copy link" and the memo all
 * write this one string, so they never disagree.
 */
export function useLinkParams(): string {
  const answers = useStore((s) => s.answers);
  const lang = useStore((s) => s.lang);
  const dataSet = useStore((s) => s.dataSet);
  const sensitivity = useStore((s) => s.sensitivity);
  const choice = useStore((s) => s.choice);
  return toLinkParams(answers, lang, { dataSet, sensitivity, choice });
}
