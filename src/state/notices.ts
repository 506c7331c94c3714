import type { Answers } from '../scoring/types';
import type { IgnoredParam } from '../share/link';

/**
 * The saved fields a notice can name, as the user knows them (`storage:fields.<id>`), never as
 * an internal path.
 */
export type FieldId =
  | 'participants' | 'hosting' | 'budget' | 'includeDiscontinued' | 'importance'
  | 'lang' | 'dataSet' | 'clientName' | 'clientNotes' | 'history' | 'sensitivity' | 'choice' | 'answered';

/** Why the app tells the user something about their saved answers or a link. */
export type Notice =
  | { kind: 'storageUnreadable' }
  | { kind: 'storageRepaired'; fields: FieldId[] }
  | { kind: 'storageNewer' }
  | { kind: 'storageUnavailable' }
  | { kind: 'linkApplied'; ignored: IgnoredParam[]; moreIgnored: number; replacedSaved: boolean }
  /** A loosening was applied on the results page; `before` are the answers it replaced, for Undo. */
  | { kind: 'loosened'; before: Answers }
  /** `partial`: the link's answers could be read (they equal the saved ones); else none could. */
  | { kind: 'linkIgnored'; ignored: IgnoredParam[]; moreIgnored: number; partial: boolean };

export type NoticeKind = Notice['kind'];
