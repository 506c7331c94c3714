import type { Catalog } from '../catalog/types';
import { rules } from './rules';

/**
 * What ranking needs of a catalog, whatever the answers; worked out once per catalog (a ranked
 * catalog is taken to be immutable). Per rule, a class for each tool: tools that read the same
 * share it, judged once. Per tool, a profile: tools with the same classes share one verdict list.
 * And the tools in name order (code units), then id, then position.
 */
function build({ tools, footnotes }: Catalog) {
  const width = rules.length;
  const perRule: unknown[][][] = rules.map(() => []);
  const classOf = rules.map(() => new Map<string, number>());
  const profileIds = new Map<string, number>();
  const scratch = new Uint32Array(width);
  const profileList: number[] = [];
  const profileOf = tools.map((tool) => {
    for (let r = 0; r < width; r++) {
      const key = JSON.stringify(rules[r]!.reads(tool));
      let c = classOf[r]!.get(key);
      if (c === undefined) {
        classOf[r]!.set(key, (c = perRule[r]!.length));
        // A fresh copy of what the class reads, laid out together: judging it touches no scattered tool.
        perRule[r]!.push(JSON.parse(key) as unknown[]);
      }
      scratch[r] = c;
    }
    const key = scratch.join(',');
    let p = profileIds.get(key);
    if (p === undefined) {
      profileIds.set(key, (p = profileIds.size));
      profileList.push(...scratch);
    }
    return p;
  });

  const firstClass = new Uint32Array(width);
  for (let r = 1; r < width; r++) firstClass[r] = firstClass[r - 1]! + perRule[r - 1]!.length;
  const order = tools.map((_, i) => i).sort((a, b) => {
    const [ta, tb] = [tools[a]!, tools[b]!];
    if (ta.name !== tb.name) return ta.name < tb.name ? -1 : 1;
    return ta.id !== tb.id ? (ta.id < tb.id ? -1 : 1) : a - b;
  });
  return {
    /** What each class reads (as JSON carries it): rule by rule, class by class. */
    inputs: perRule.flat(),
    /** Per rule, where its classes start in `inputs`. */
    firstClass,
    /** Per profile `p` and rule `r`, at `p * rules.length + r`: its class's index in `inputs`. */
    profiles: Uint32Array.from(profileList, (c, k) => firstClass[k % width]! + c),
    profileCount: profileIds.size,
    idsByName: order.map((i) => tools[i]!.id),
    profileByName: Uint32Array.from(order, (i) => profileOf[i]!),
    footnotes: new Map(footnotes.map((f) => [f.id, f.condition])),
  };
}

const cache = new WeakMap<Catalog, ReturnType<typeof build>>();

/** The catalog's preparation, built on first use. */
export function prepared(catalog: Catalog): ReturnType<typeof build> {
  let p = cache.get(catalog);
  if (p === undefined) cache.set(catalog, (p = build(catalog)));
  return p;
}
