import { bench, describe } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import type { Catalog, Tool, ToolId } from '../../src/catalog';
import { rank } from '../../src/scoring';
import { freeSmallOffice, secureLargeCompany, selfHoster } from '../fixtures/answers';

/** The real tools repeated `size` times over, with suffixed ids and names; no randomness. */
function synthetic(size: number): Catalog {
  const real = reportCatalog.tools;
  const tools: Tool[] = [];
  for (let i = 0; i < size; i++) {
    const tool = real[i % real.length]!;
    tools.push({ ...tool, id: `${tool.id}-${i}` as ToolId, name: `${tool.name} ${i}` });
  }
  return { ...reportCatalog, tools };
}

for (const size of [10, 1_000, 100_000]) {
  const catalog = synthetic(size);
  describe(`rank ${size.toLocaleString('en')} tools`, () => {
    bench('free small office', () => void rank(catalog, freeSmallOffice));
    bench('secure large company', () => void rank(catalog, secureLargeCompany));
    bench('self-hoster', () => void rank(catalog, selfHoster));
  });
}
