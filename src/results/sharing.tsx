import { MemoPrep } from './memo-prep';
import { SharePanel } from './share-panel';

/** The parts for passing the outcome on: a link to share, and the client's name and notes for the memo. */
export function Sharing() {
  return (
    <>
      <SharePanel />
      <MemoPrep />
    </>
  );
}
