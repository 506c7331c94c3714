import type { Cell, CellValue } from '../catalog/types';
import type { Context } from './context';
import type { Verdict } from './types';

/**
 * A criterion's verdict on one cell, given the footnote (0 for none) that takes the cell away
 * in the free version (footnote 6). It may depend on the answers, never on the rest of the tool.
 * @example const judge: CellJudge = (cell, lost, ctx) => judgeCell('dpa', 'must', cell, 'dpa', 'supported', 'notSupported', ctx);
 */
export type CellJudge = (cell: Cell, lost: number, ctx: Context) => Verdict;

/** Seen verdicts of one judge within one ranking, by cell shape. @example ctx.memos.dpa[0] // the verdict on a plain ✔ */
export type Memo = Array<Verdict | undefined>;

/** One memo per judge: the row criteria, then the judges with more to them. @example memoNames[0] // 'groupChat' */
export const memoNames = [
  'groupChat', 'oneToOneCalls', 'groupCalls', 'joinWithoutAccount', 'browser', 'multiPlatform', 'dpa', 'dataInEU', 'e2e', 'openSource',
  'noThirdPartySharing', 'transit', 'transitViaE2e', 'selfHosting', 'freeTier', 'freeTierTemporary', 'dataMinimisation',
] as const;
export type MemoName = (typeof memoNames)[number];

/** Empty memos for one ranking. @example newMemos().dpa // [] */
export const newMemos = (): Record<MemoName, Memo> =>
  Object.fromEntries(memoNames.map((name) => [name, []])) as unknown as Record<MemoName, Memo>;

/** Footnote numbers a shape can hold (the report has 1 to 6); a cell with others is judged afresh. */
const maxShapedFootnote = 6;

const kindOf = (value: CellValue): number =>
  value === true ? 0 : value === false ? 1 : value === 'n/a' ? 2 : value === 'planned' ? 3 : 4;

/**
 * A cell's shape: its kind of value (✔, ✘, n.v.t., planned, other) and its footnotes, as one
 * small number below 640; -1 when the verdict needs more than that (a planned note, a footnote
 * above 6). Bit 0 marks `lost`, whose own footnote is among the bits.
 *
 * @example
 * shapeOf({ value: true }, 0); // 0
 * shapeOf({ value: true, footnotes: [3] }, 0); // 40 (bit 3 = 8, times 5, plus kind 0)
 * shapeOf({ value: 'planned', note: 'Zomer 2020' }, 0); // -1
 */
export function shapeOf(cell: Cell, lost: number): number {
  let bits = 0;
  if (lost !== 0) {
    if (lost < 1 || lost > maxShapedFootnote) return -1;
    bits = 1 | (1 << lost);
  }
  const footnotes = cell.footnotes;
  if (footnotes !== undefined) {
    for (let i = 0; i < footnotes.length; i++) {
      const id = footnotes[i]!;
      if (id < 1 || id > maxShapedFootnote) return -1;
      bits |= 1 << id;
    }
  }
  const kind = kindOf(cell.value);
  if (kind === 3 && cell.note !== undefined) return -1;
  return bits * 5 + kind;
}

/**
 * The judge's verdict on the cell, worked out once per shape and ranking: a row has a handful
 * of shapes, however many tools there are.
 *
 * @example
 * judged(ctx.memos.dpa, dpaJudge, teams.cells.dpa, 0, ctx) === judged(ctx.memos.dpa, dpaJudge, zoom.cells.dpa, 0, ctx); // true
 */
export function judged(memo: Memo, judge: CellJudge, cell: Cell, lost: number, ctx: Context): Verdict {
  const shape = shapeOf(cell, lost);
  if (shape < 0) return judge(cell, lost, ctx);
  let verdict = memo[shape];
  if (verdict === undefined) memo[shape] = verdict = judge(cell, lost, ctx);
  return verdict;
}
