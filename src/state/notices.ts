import type { PersistedState } from './persisted';
import type { Answers } from '../scoring/types';
import type { IgnoredParam } from '../share/link';

/**
 * The saved fields a notice can name, as the user knows them (`storage:fields.<id>`), never as
 * an internal path.
 */
export type FieldId =
  | 'participants' | 'hosting' | 'budget' | 'includeDiscontinued' | 'importance'
  | 'dataSet' | 'clientName' | 'clientNotes' | 'sensitivity' | 'choice' | 'answered' | 'created' | 'exportedAt';

/** A deleted client, as Undo brings it back: its id, its name then, its entry, and the state the page held when it was the open one. */
export interface Deleted extends Left {
  raw: string | null;
  state: PersistedState | null;
}

/** A client a link or a deletion left behind: its id, and its name as it was then (may be empty). */
export interface Left {
  id: string;
  name: string;
}

/** Why the app tells the user something about their saved answers or a link. */
export type Notice =
  | { kind: 'storageUnreadable' }
  | { kind: 'storageRepaired'; fields: FieldId[] }
  | { kind: 'storageNewer' }
  /** Storage is full or blocked: `name` is the client whose changes stay unsaved (may be empty). */
  | { kind: 'storageUnavailable'; name: string }
  /** `left`: the client open before, when the link opened as a new client; the notice offers the way back. */
  | { kind: 'linkApplied'; ignored: IgnoredParam[]; moreIgnored: number; left?: Left }
  /** A client was deleted here; `deleted` is what Undo needs (clients.ts). */
  | { kind: 'clientDeleted'; deleted: Deleted }
  /** Another tab deleted the client open here: this tab went on with a new one. */
  | { kind: 'clientGone'; name: string }
  /** A loosening was applied on the results page; `before` are the answers it replaced, for Undo. */
  | { kind: 'loosened'; before: Answers }
  /** `partial`: the link's answers could be read (they equal the saved ones); else none could. */
  | { kind: 'linkIgnored'; ignored: IgnoredParam[]; moreIgnored: number; partial: boolean };

export type NoticeKind = Notice['kind'];
