import { describe, expect, it } from 'vitest';
import { currentCatalog, reportCatalog } from '../../src/catalog';
import { rank } from '../../src/scoring';
import { answers, eligibleIds, resultOf, verdictOf } from './helpers';

/** The same rules, on the report with the known changes applied (issue 8). */
describe('ranking on current data', () => {
  it('makes Zoom eligible with end-to-end encryption a must-have in the cloud, citing the update', () => {
    const a = answers({ hosting: 'cloud', importance: { e2e: 'must' } });
    expect(eligibleIds(a, reportCatalog)).not.toContain('zoom');
    expect(eligibleIds(a, currentCatalog)).toContain('zoom');
    expect(verdictOf('zoom', 'e2e', a, reportCatalog).status).toBe('unknown');
    expect(verdictOf('zoom', 'e2e', a, currentCatalog).status).toBe('met');
    expect(currentCatalog.tools.find((t) => t.id === 'zoom')!.cells.e2e.updateId).toBe('zoomE2e');
  });

  it.each(['teams', 'google-meet'])('makes %s end-to-end encrypted on a paid plan only (footnote 4)', (tool) => {
    const paid = verdictOf(tool, 'e2e', answers({ budget: 'paid-ok', importance: { e2e: 'must' } }), currentCatalog);
    expect(paid).toMatchObject({ status: 'conditional', footnotes: [4] });
    const free = verdictOf(tool, 'e2e', answers({ budget: 'free-only', importance: { e2e: 'must' } }), currentCatalog);
    expect(free.status).toBe('unmet');
    expect(resultOf(tool, answers({ budget: 'free-only', importance: { e2e: 'must' } }), currentCatalog).eligible).toBe(false);
    expect(verdictOf(tool, 'e2e', answers({ budget: 'paid-ok', importance: { e2e: 'must' } }), reportCatalog).status).toBe('unmet');
  });

  it('no longer excludes Signal from a meeting of 30', () => {
    const a = answers({ participants: 30 });
    expect(verdictOf('signal', 'participants', a, reportCatalog).status).toBe('unmet');
    expect(verdictOf('signal', 'participants', a, currentCatalog).status).toBe('met');
    expect(verdictOf('signal', 'participants', answers({ participants: 41 }), currentCatalog).status).toBe('unmet');
  });

  it('ranks the same tools on both data sets when no changed cell matters', () => {
    const a = answers({ participants: 2, importance: { openSource: 'must' } });
    expect(rank(currentCatalog, a).map((r) => [r.toolId, r.eligible])).toEqual(rank(reportCatalog, a).map((r) => [r.toolId, r.eligible]));
  });
});
