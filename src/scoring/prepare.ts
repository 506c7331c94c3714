import type { Catalog, FootnoteCondition } from '../catalog/types';
import { rules } from './rules';

/**
 * What ranking needs of a catalog, whatever the answers; worked out once per catalog (a ranked
 * catalog is taken to be immutable). Per rule, a class for each tool: tools that read the same
 * share it, judged once. Per tool, a profile: tools with the same classes share one verdict list.
 * And the tools in name order (code units), then id, then position.
 */
export interface Prepared {
  /** What each class reads (as JSON carries it): rule by rule, class by class. */
  inputs: unknown[][];
  /** Per rule, where its classes start in `inputs`. */
  firstClass: Uint32Array;
  /** Per profile `p` and rule `r`, at `p * rules.length + r`: its class's index in `inputs`. */
  profiles: Uint32Array;
  profileCount: number;
  idsByName: string[];
  profileByName: Uint32Array;
  footnotes: ReadonlyMap<number, FootnoteCondition>;
}

const cache = new WeakMap<Catalog, Prepared>();

function build(catalog: Catalog): Prepared {
  const tools = catalog.tools;
  const n = tools.length;
  const width = rules.length;
  const perRule: unknown[][][] = rules.map(() => []);
  const classOf = rules.map(() => new Map<string, number>());
  const profileIds = new Map<string, number>();
  const scratch = new Uint32Array(width);
  const profileList: number[] = [];
  const profileOf = new Uint32Array(n);

  for (let i = 0; i < n; i++) {
    const tool = tools[i]!;
    for (let r = 0; r < width; r++) {
      const key = JSON.stringify(rules[r]!.reads(tool));
      let c = classOf[r]!.get(key);
      if (c === undefined) {
        c = perRule[r]!.length;
        classOf[r]!.set(key, c);
        // A fresh copy of what the class reads, laid out together: judging it touches no scattered tool.
        perRule[r]!.push(JSON.parse(key) as unknown[]);
      }
      scratch[r] = c;
    }
    const key = scratch.join(',');
    let p = profileIds.get(key);
    if (p === undefined) {
      p = profileIds.size;
      profileIds.set(key, p);
      for (let r = 0; r < width; r++) profileList.push(scratch[r]!);
    }
    profileOf[i] = p;
  }

  const firstClass = new Uint32Array(width);
  for (let r = 1; r < width; r++) firstClass[r] = firstClass[r - 1]! + perRule[r - 1]!.length;
  const profiles = Uint32Array.from(profileList, (c, k) => firstClass[k % width]! + c);

  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ta = tools[a]!;
    const tb = tools[b]!;
    if (ta.name !== tb.name) return ta.name < tb.name ? -1 : 1;
    if (ta.id !== tb.id) return ta.id < tb.id ? -1 : 1;
    return a - b;
  });

  return {
    inputs: perRule.flat(),
    firstClass,
    profiles,
    profileCount: profileIds.size,
    idsByName: order.map((i) => tools[i]!.id),
    profileByName: Uint32Array.from(order, (i) => profileOf[i]!),
    footnotes: new Map(catalog.footnotes.map((f) => [f.id, f.condition])),
  };
}

/** The catalog's preparation, built on first use. */
export function prepared(catalog: Catalog): Prepared {
  let p = cache.get(catalog);
  if (p === undefined) cache.set(catalog, (p = build(catalog)));
  return p;
}
